namespace InvoiceFunctions.App.Recurring;

/// <summary>A billing run as the API shows it: the Durable runtime status and, once it completed, its summary.</summary>
public sealed record BillingRunView(string Id, string Status, BillingRunSummary? Summary, DateTimeOffset CreatedAt, DateTimeOffset LastUpdatedAt);
