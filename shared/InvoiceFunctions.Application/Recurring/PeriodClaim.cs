namespace InvoiceFunctions.Application.Recurring;

/// <summary>
/// The record that a document of a subscription period is being (or has been) issued: the period's invoice, or
/// the credit note of its unused part when the subscription is cancelled now. Claimed with the document's id
/// before the document exists, so a retried or concurrent run drafts that same document, never a second one.
/// </summary>
public sealed record PeriodClaim(string SubscriptionId, DateOnly PeriodStart, string InvoiceId, bool Issued, PeriodDocument Kind = PeriodDocument.Invoice);
