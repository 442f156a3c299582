namespace InvoiceFunctions.App.Recurring;

/// <summary>What a billing run did: subscriptions looked at, invoices issued, subscriptions paused on a failure (with why).</summary>
public sealed record BillingRunSummary(string Day, int Subscriptions, int Invoices, IReadOnlyList<string> Failures);
