using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Validation;

namespace InvoiceFunctions.Core.Tests.Support;

/// <summary>A generated invoice, the profile it must satisfy, and whether it is meant to be a Peppol BIS 3 document.</summary>
internal sealed record GeneratedInvoice(string Name, ValidationProfile Profile, bool Peppol, Invoice Invoice);
