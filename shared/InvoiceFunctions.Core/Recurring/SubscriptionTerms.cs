namespace InvoiceFunctions.Core.Recurring;

/// <summary>
/// When a subscription bills: its schedule, first day, optional last day (inclusive) or number of periods,
/// and whether periods are billed in advance or in arrears.
/// </summary>
public sealed record SubscriptionTerms(BillingSchedule Schedule, DateOnly Start, DateOnly? LastDay = null, int? MaxPeriods = null, BillingTiming Timing = BillingTiming.InAdvance);
