using InvoiceFunctions.Application.Recurring;

namespace InvoiceFunctions.App.Recurring;

/// <summary>
/// A billing run's input, carried across ContinueAsNew: its instant, its page size, the due-index key the next page starts after,
/// the next page's number (sub-orchestration ids stay unique across executions) and the tallies so far, per company.
/// </summary>
public sealed record BillingRunState(DateTimeOffset At, int PageSize, string? After, int Page, IReadOnlyDictionary<string, BillingTally> Companies)
{
    public static BillingRunState Start(DateTimeOffset at, int pageSize) => new(at, pageSize, null, 0, new Dictionary<string, BillingTally>());
}
