namespace InvoiceFunctions.App.Recurring;

/// <summary>The answer to starting a billing run: the run's id, to read with GET /api/admin/billing-runs/{id}.</summary>
public sealed record BillingRunStarted(string Id);
