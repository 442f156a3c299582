namespace InvoiceFunctions.Application.Recurring;

/// <summary>What billing one subscription did in a run: invoices issued (ids), or why it was paused.</summary>
public sealed record BillingOutcome(string Company, string SubscriptionId, IReadOnlyList<string> InvoiceIds, string? Failure);
