using System.Globalization;
using InvoiceFunctions.Core.Recurring;
using InvoiceFunctions.Core.Time;

namespace InvoiceFunctions.Core.Tests.Recurring;

public sealed class BillingCalendarTests
{
    [Fact]
    public void Periods_AYearOfWeekly_52ContiguousSevenDayPeriodsInvoicedOnTheirFirstDay()
    {
        var terms = new SubscriptionTerms(BillingSchedule.Weekly(new DateOnly(2027, 1, 4)), new DateOnly(2027, 1, 4), LastDay: new DateOnly(2028, 1, 2));

        var periods = BillingCalendar.Periods(terms).ToList();

        Assert.Equal(52, periods.Count);
        Assert.All(periods, p => Assert.Equal(7, p.Days));
        Assert.All(periods, p => Assert.Equal(p.Start, p.InvoiceDate));
        Assert.All(periods.Zip(periods.Skip(1)), pair => Assert.Equal(pair.First.EndExclusive, pair.Second.Start));
        Assert.Equal(new DateOnly(2028, 1, 2), periods[^1].LastDay);
        Assert.DoesNotContain(periods, p => p.IsPartial);
    }

    [Fact]
    public void Periods_MonthlyFrom31January_InArrears_CoverEachMonthAndAreInvoicedTheDayAfter()
    {
        var terms = new SubscriptionTerms(BillingSchedule.Monthly(new DateOnly(2027, 1, 31)), new DateOnly(2027, 1, 31), MaxPeriods: 3, Timing: BillingTiming.InArrears);

        var periods = BillingCalendar.Periods(terms).ToList();

        Assert.Equal(
            [
                new BillingPeriod(1, new(2027, 1, 31), new(2027, 2, 28), new(2027, 2, 28), false),
                new BillingPeriod(2, new(2027, 2, 28), new(2027, 3, 31), new(2027, 3, 31), false),
                new BillingPeriod(3, new(2027, 3, 31), new(2027, 4, 30), new(2027, 4, 30), false),
            ],
            periods);
        Assert.Equal(new DateOnly(2027, 2, 27), periods[0].LastDay);
    }

    [Fact]
    public void Periods_QuarterlyStartingMidQuarter_FirstAndLastArePartial()
    {
        var terms = new SubscriptionTerms(BillingSchedule.Quarterly(new DateOnly(2027, 1, 1)), new DateOnly(2027, 2, 15), LastDay: new DateOnly(2027, 8, 10));

        var periods = BillingCalendar.Periods(terms).ToList();

        Assert.Equal(
            [
                new BillingPeriod(1, new(2027, 2, 15), new(2027, 4, 1), new(2027, 2, 15), true),
                new BillingPeriod(2, new(2027, 4, 1), new(2027, 7, 1), new(2027, 4, 1), false),
                new BillingPeriod(3, new(2027, 7, 1), new(2027, 8, 11), new(2027, 7, 1), true),
            ],
            periods);
    }

    [Fact]
    public void Due_AfterDowntime_AllMissedInOrder_OrOnlyTheLatest()
    {
        var terms = new SubscriptionTerms(BillingSchedule.Monthly(new DateOnly(2027, 1, 1)), new DateOnly(2027, 1, 1));
        var lastInvoiced = new DateOnly(2027, 2, 1);

        var all = BillingCalendar.Due(terms, new DateOnly(2027, 5, 10), lastInvoiced, CatchUpPolicy.AllMissed);
        var latest = BillingCalendar.Due(terms, new DateOnly(2027, 5, 10), lastInvoiced, CatchUpPolicy.OnlyLatest);

        Assert.Equal([new(2027, 3, 1), new(2027, 4, 1), new DateOnly(2027, 5, 1)], all.Select(p => p.Start));
        Assert.Equal([3, 4, 5], all.Select(p => p.Sequence));
        Assert.Equal(new DateOnly(2027, 5, 1), Assert.Single(latest).Start);
    }

    [Fact]
    public void Due_NothingNew_IsEmpty_AndTheIndexPointsAtTheNextInvoiceDate()
    {
        var terms = new SubscriptionTerms(BillingSchedule.Monthly(new DateOnly(2027, 1, 1)), new DateOnly(2027, 1, 1), MaxPeriods: 4);

        Assert.Empty(BillingCalendar.Due(terms, new DateOnly(2027, 3, 31), new DateOnly(2027, 3, 1), CatchUpPolicy.AllMissed));
        Assert.Equal(new DateOnly(2027, 4, 1), BillingCalendar.NextInvoiceDate(terms, new DateOnly(2027, 3, 1)));
        Assert.Null(BillingCalendar.NextInvoiceDate(terms, new DateOnly(2027, 4, 1)));
    }

    [Fact]
    public void Next_PreviewsTheComingPeriods()
    {
        var terms = new SubscriptionTerms(BillingSchedule.HalfYearly(new DateOnly(2027, 8, 31)), new DateOnly(2027, 8, 31));

        var next = BillingCalendar.Next(terms, new DateOnly(2027, 9, 1), 3);

        Assert.Equal([new(2028, 2, 29), new(2028, 8, 31), new DateOnly(2029, 2, 28)], next.Select(p => p.InvoiceDate));
    }

    [Fact]
    public void RunsAt_FirstOfTheMonthInParis_IsTheFirstThereAcrossDst()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var terms = new SubscriptionTerms(BillingSchedule.Monthly(new DateOnly(2027, 1, 1)), new DateOnly(2027, 1, 1), MaxPeriods: 12);

        var runs = BillingCalendar.Periods(terms).Select(p => BillingCalendar.RunsAt(p, paris, new TimeOnly(0, 0))).ToList();

        // Midnight on the 1st in Paris: 23:00 UTC the day before in winter (CET), 22:00 in summer (CEST, 28 March to 31 October 2027).
        Assert.Equal(DateTimeOffset.Parse("2026-12-31T23:00:00Z"), runs[0]);
        Assert.Equal(DateTimeOffset.Parse("2027-03-31T22:00:00Z"), runs[3]);
        Assert.Equal(DateTimeOffset.Parse("2027-10-31T23:00:00Z"), runs[10]);
        Assert.All(runs, r => Assert.Equal(1, TimeZoneInfo.ConvertTime(r, paris).Day));
    }

    [Fact]
    public void RunsAt_LocalTimeSkippedBySpringForward_MovesToTheFirstValidMinute()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var period = new BillingPeriod(1, new DateOnly(2027, 3, 28), new DateOnly(2027, 4, 28), new DateOnly(2027, 3, 28), false);

        // 02:30 does not exist on 28 March 2027 in Paris (02:00 -> 03:00): 03:00 CEST = 01:00 UTC.
        Assert.Equal(DateTimeOffset.Parse("2027-03-28T01:00:00Z"), BillingCalendar.RunsAt(period, paris, new TimeOnly(2, 30)));
    }

    [Fact]
    public void RunsAt_LocalTimeRepeatedByFallBack_IsTheFirstOccurrence()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var period = new BillingPeriod(1, new DateOnly(2027, 10, 31), new DateOnly(2027, 11, 30), new DateOnly(2027, 10, 31), false);

        // 02:30 happens twice on 31 October 2027; the first is CEST (+02:00) = 00:30 UTC.
        Assert.Equal(DateTimeOffset.Parse("2027-10-31T00:30:00Z"), BillingCalendar.RunsAt(period, paris, new TimeOnly(2, 30)));
    }

    [Fact]
    public void DueAt_MidnightOfThe1stInParis_IsDueThereWhileUtcIsStillThe28th()
    {
        var terms = new SubscriptionTerms(BillingSchedule.Monthly(new DateOnly(2027, 3, 1)), new DateOnly(2027, 3, 1));
        var paris = LocalClock.Zone("Europe/Paris")!;
        var justAfterMidnightInParis = DateTimeOffset.Parse("2027-02-28T23:30:00Z", CultureInfo.InvariantCulture); // 00:30 on 1 March there

        var inParis = BillingCalendar.DueAt(terms, justAfterMidnightInParis, paris, null, CatchUpPolicy.AllMissed);
        var inUtc = BillingCalendar.DueAt(terms, justAfterMidnightInParis, TimeZoneInfo.Utc, null, CatchUpPolicy.AllMissed);
        var anHourEarlier = BillingCalendar.DueAt(terms, justAfterMidnightInParis.AddHours(-1), paris, null, CatchUpPolicy.AllMissed);

        Assert.Equal([new DateOnly(2027, 3, 1)], inParis.Select(p => p.InvoiceDate));
        Assert.Empty(inUtc);
        Assert.Empty(anHourEarlier);
    }

    [Fact]
    public void DueAt_WeeklyAcrossTheAutumnChangeInParis_OnlyLatestAfterDowntime()
    {
        // Sundays 2027-10-24 and 2027-10-31 (clocks go back that night): 3 weeks missed, then a run at 00:15 local on 7 November.
        var terms = new SubscriptionTerms(BillingSchedule.Weekly(new DateOnly(2027, 10, 17)), new DateOnly(2027, 10, 17));
        var paris = LocalClock.Zone("Europe/Paris")!;
        var run = DateTimeOffset.Parse("2027-11-06T23:15:00Z", CultureInfo.InvariantCulture);

        var all = BillingCalendar.DueAt(terms, run, paris, new DateOnly(2027, 10, 17), CatchUpPolicy.AllMissed);
        var latest = BillingCalendar.DueAt(terms, run, paris, new DateOnly(2027, 10, 17), CatchUpPolicy.OnlyLatest);

        Assert.Equal([new DateOnly(2027, 10, 24), new DateOnly(2027, 10, 31), new DateOnly(2027, 11, 7)], all.Select(p => p.Start));
        Assert.Equal([new DateOnly(2027, 11, 7)], latest.Select(p => p.Start));
    }

    [Fact]
    public void Zone_IanaIdsOnly_NullMeansUtc()
    {
        Assert.Equal(TimeZoneInfo.Utc, LocalClock.Zone(null));
        Assert.Equal("Pacific/Kiritimati", LocalClock.Zone("Pacific/Kiritimati")!.Id);
        Assert.Equal(TimeSpan.FromHours(-12), LocalClock.Zone("Etc/GMT+12")!.BaseUtcOffset); // POSIX sign: GMT+12 is UTC-12
        Assert.Null(LocalClock.Zone("Mars/Olympus"));
        Assert.Null(LocalClock.Zone("Romance Standard Time"));
    }

    [Fact]
    public void Containing_TheDayInsideAPeriod_OrNullOutsideTheTerm()
    {
        var terms = new SubscriptionTerms(BillingSchedule.Monthly(new DateOnly(2027, 1, 31)), new DateOnly(2027, 1, 31), MaxPeriods: 2);

        Assert.Equal(new DateOnly(2027, 2, 28), BillingCalendar.Containing(terms, new DateOnly(2027, 3, 15))!.Start);
        Assert.Null(BillingCalendar.Containing(terms, new DateOnly(2027, 3, 31)));
        Assert.Null(BillingCalendar.Containing(terms, new DateOnly(2027, 1, 30)));
    }

    [Fact]
    public void InvoiceKey_IsSubscriptionAndPeriodStart() =>
        Assert.Equal("sub-42:2027-03-01", new BillingPeriod(3, new DateOnly(2027, 3, 1), new DateOnly(2027, 4, 1), new DateOnly(2027, 3, 1), false).InvoiceKey("sub-42"));
}
