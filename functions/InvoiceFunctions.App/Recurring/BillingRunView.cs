using InvoiceFunctions.Application.Recurring;

namespace InvoiceFunctions.App.Recurring;

/// <summary>A billing run as the API shows it: the Durable runtime status and, once it completed, its report.</summary>
public sealed record BillingRunView(string Id, string Status, BillingRunReport? Summary, DateTimeOffset CreatedAt, DateTimeOffset LastUpdatedAt);
