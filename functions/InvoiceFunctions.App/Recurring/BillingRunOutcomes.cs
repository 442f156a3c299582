using InvoiceFunctions.Application.Recurring;

namespace InvoiceFunctions.App.Recurring;

/// <summary>A finished run's outcomes, one per subscription looked at, for its report.</summary>
public sealed record BillingRunOutcomes(string RunId, DateTimeOffset At, IReadOnlyList<BillingOutcome> Outcomes);
