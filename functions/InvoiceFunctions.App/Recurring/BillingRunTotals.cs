using InvoiceFunctions.Application.Recurring;

namespace InvoiceFunctions.App.Recurring;

/// <summary>A finished run's tallies, per company, for its report.</summary>
public sealed record BillingRunTotals(string RunId, DateTimeOffset At, IReadOnlyDictionary<string, BillingTally> Companies);
