using InvoiceFunctions.Core.Recurring;

namespace InvoiceFunctions.Core.Tests.Recurring;

/// <summary>New terms (schedule, anchor, start, timing, end) against the periods already invoiced: <see cref="BillingCalendar.FirstRewritten"/>.</summary>
public sealed class TermChangeTests
{
    private static readonly DateOnly January = new(2027, 1, 1);
    private static readonly SubscriptionTerms Monthly = new(BillingSchedule.Monthly(January), January);

    [Fact]
    public void NothingInvoiced_AnyChangeRewritesNothing()
    {
        var changed = new SubscriptionTerms(BillingSchedule.Weekly(new DateOnly(2027, 2, 3)), new DateOnly(2027, 2, 3), MaxPeriods: 4);

        Assert.Null(BillingCalendar.FirstRewritten(Monthly, changed, null));
    }

    [Fact]
    public void MonthlyToQuarterly_FromTheSameAnchor_RewritesTheFirstInvoicedMonth()
    {
        var quarterly = Monthly with { Schedule = BillingSchedule.Quarterly(January) };

        var rewritten = BillingCalendar.FirstRewritten(Monthly, quarterly, new DateOnly(2027, 3, 1));

        Assert.Equal(new BillingPeriod(1, January, new(2027, 2, 1), January, false), rewritten!.Value.Invoiced);
        Assert.Equal(new DateOnly(2027, 4, 1), rewritten.Value.Becomes!.EndExclusive);
    }

    [Fact]
    public void NewAnchor_NamesTheFirstInvoicedPeriodItWouldCut_NotTheEarlierOnesItKeeps()
    {
        // Every 2 months from 1 April: boundaries 1 December, 1 February, 1 April; January stays a (partial) month.
        var changed = Monthly with { Schedule = BillingSchedule.EveryMonths(2, new DateOnly(2027, 4, 1)) };

        var rewritten = BillingCalendar.FirstRewritten(Monthly, changed, new DateOnly(2027, 3, 1))!.Value;

        Assert.Equal(new DateOnly(2027, 2, 1), rewritten.Invoiced.Start);
        Assert.Equal(new DateOnly(2027, 3, 1), rewritten.Invoiced.EndExclusive);
        Assert.Equal(new DateOnly(2027, 4, 1), rewritten.Becomes!.EndExclusive);
    }

    [Fact]
    public void EndOfMonthAnchors_31stAndLastDay_CutTheSamePeriods_TheChangeIsAllowed()
    {
        var on31st = new SubscriptionTerms(BillingSchedule.Monthly(new DateOnly(2028, 1, 31)), new DateOnly(2028, 1, 31));
        var lastDay = on31st with { Schedule = BillingSchedule.MonthlyOnLastDay(new DateOnly(2028, 1, 31)) };

        // 31 January, 29 February (leap year), 31 March, 30 April: the same boundaries either way.
        Assert.Null(BillingCalendar.FirstRewritten(on31st, lastDay, new DateOnly(2028, 3, 31)));
        // From a 30th anchor: 31 January to 29 February stays (a stub), 29 February to 31 March would end on the 30th.
        var on30th = on31st with { Schedule = BillingSchedule.Monthly(new DateOnly(2028, 1, 30)) };
        Assert.Equal(new DateOnly(2028, 2, 29), BillingCalendar.FirstRewritten(on31st, on30th, new DateOnly(2028, 3, 31))!.Value.Invoiced.Start);
    }

    [Fact]
    public void InAdvanceToInArrears_KeepsThePeriods_AndMovesTheNextInvoiceDateToTheEndOfThePeriod()
    {
        var arrears = Monthly with { Timing = BillingTiming.InArrears };
        var last = new DateOnly(2027, 3, 1);

        Assert.Null(BillingCalendar.FirstRewritten(Monthly, arrears, last));
        Assert.Equal(new DateOnly(2027, 4, 1), BillingCalendar.NextInvoiceDate(Monthly, last));
        Assert.Equal(new DateOnly(2027, 5, 1), BillingCalendar.NextInvoiceDate(arrears, last));
    }

    [Fact]
    public void LaterStart_RewritesTheFirstInvoicedPeriod_FewerOccurrencesLeaveItWithoutPeriod()
    {
        var later = Monthly with { Start = new DateOnly(2027, 1, 15) };
        var fewer = Monthly with { MaxPeriods = 2 };

        Assert.Equal(January, BillingCalendar.FirstRewritten(Monthly, later, new DateOnly(2027, 2, 1))!.Value.Invoiced.Start);
        var cut = BillingCalendar.FirstRewritten(Monthly, fewer, new DateOnly(2027, 3, 1))!.Value;
        Assert.Equal(new DateOnly(2027, 3, 1), cut.Invoiced.Start);
        Assert.Null(cut.Becomes);
    }
}
