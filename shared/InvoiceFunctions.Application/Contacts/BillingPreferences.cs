using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Rendering.Localization;

namespace InvoiceFunctions.Application.Contacts;

/// <summary>
/// A customer's own terms, overriding the company's: payment days, language of documents and mails, format received,
/// whether invoices are e-mailed or posted, and dunning.
/// </summary>
public sealed record BillingPreferences(
    int? PaymentDays = null, DocumentLanguage? Language = null, DocumentFormat? Format = null, PreferredChannel? Channel = null, CustomerDunning? Dunning = null);
