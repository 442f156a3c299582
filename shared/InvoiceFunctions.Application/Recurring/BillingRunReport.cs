namespace InvoiceFunctions.Application.Recurring;

/// <summary>
/// What a billing run did (for every company, or for one): subscriptions looked at (due by the index), those that
/// got invoices, the invoices issued, and the subscriptions paused on a failure with why ("company/subscription: reason").
/// </summary>
public sealed record BillingRunReport(
    string RunId, DateTimeOffset At, int Subscriptions, int Billed, int Invoices, IReadOnlyList<string> Failures, DateTimeOffset? CompletedAt = null);
