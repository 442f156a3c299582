using InvoiceFunctions.Core.Recurring;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>
/// A subscription's new content (PUT, every field; one left out is cleared or takes its default): the customer,
/// currency, lines with their price changes, end (last day or number of periods), payment days and whether its invoices
/// are sent. The schedule (unit, interval, anchor), start and timing are replaced when given and kept when left out;
/// no change may cut an invoiced period differently. It applies to the periods not yet invoiced.
/// </summary>
public sealed record SubscriptionUpdate(
    string? CustomerId,
    string? Currency,
    IReadOnlyList<SubscriptionLine>? Lines,
    DateOnly? LastDay = null,
    int? MaxPeriods = null,
    int PaymentDays = 30,
    bool Send = true,
    BillingSchedule? Schedule = null,
    DateOnly? Start = null,
    BillingTiming? Timing = null)
{
    /// <summary>The terms with this update's schedule, start, timing and end (what is left out of the first three kept from <paramref name="current"/>).</summary>
    public SubscriptionTerms Terms(SubscriptionTerms current) => current with
    {
        Schedule = Schedule ?? current.Schedule,
        Start = Start ?? current.Start,
        Timing = Timing ?? current.Timing,
        LastDay = LastDay,
        MaxPeriods = MaxPeriods,
    };
}
