using InvoiceFunctions.Core.Recurring;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>Terms of a subscription to preview: its schedule, first day, optional end, timing, and which periods to show.</summary>
/// <param name="After">Show periods invoiced after this day (default: the day before the start).</param>
/// <param name="TimeZone">IANA id of the company's time zone, for when each run happens (default UTC).</param>
/// <param name="RunAt">Local time of day the runs happen (default 00:00).</param>
public sealed record SubscriptionPreviewRequest(
    BillingSchedule Schedule,
    DateOnly Start,
    DateOnly? LastDay = null,
    int? MaxPeriods = null,
    BillingTiming Timing = BillingTiming.InAdvance,
    DateOnly? After = null,
    int Count = 12,
    string? TimeZone = null,
    TimeOnly? RunAt = null);
