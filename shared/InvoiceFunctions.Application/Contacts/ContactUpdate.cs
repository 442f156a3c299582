using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Application.Contacts;

/// <summary>
/// A contact's new details (PUT: every field is replaced, a field left out is cleared; the id, role and creation
/// time stay). The same rules as a new contact, and a stricter e-mail check: this is where people fix addresses.
/// </summary>
public sealed record ContactUpdate(
    string? Name,
    string? LegalId,
    string? VatId,
    string? Email,
    string? CountryCode,
    PostalAddress? Address = null,
    BillingPreferences? Preferences = null,
    IReadOnlyList<string>? CcEmails = null);
