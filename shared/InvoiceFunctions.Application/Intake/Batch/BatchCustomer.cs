using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Application.Intake.Batch;

/// <summary>A batch invoice's customer: <see cref="Id"/> of an existing contact, or the party itself.</summary>
public sealed record BatchCustomer(
    string? Id = null, string? Name = null, string? VatId = null, string? LegalId = null, string? CountryCode = null, string? Email = null, PostalAddress? Address = null);
