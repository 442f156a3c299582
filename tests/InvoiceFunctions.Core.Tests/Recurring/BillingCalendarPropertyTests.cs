using CsCheck;
using InvoiceFunctions.Core.Recurring;

namespace InvoiceFunctions.Core.Tests.Recurring;

public sealed class BillingCalendarPropertyTests
{
    private static readonly Gen<SubscriptionTerms> Terms =
        from unit in Gen.Enum<BillingUnit>()
        from interval in Gen.Int[1, 6]
        from anchorDay in Gen.Int[0, 3000]
        from startOffset in Gen.Int[0, 400]
        from endOfMonth in Gen.Bool
        from periods in Gen.Int[1, 40]
        from arrears in Gen.Bool
        let anchor = new DateOnly(2024, 1, 1).AddDays(anchorDay)
        select new SubscriptionTerms(
            new BillingSchedule(unit, interval, anchor, endOfMonth && unit == BillingUnit.Month),
            anchor.AddDays(startOffset),
            MaxPeriods: periods,
            Timing: arrears ? BillingTiming.InArrears : BillingTiming.InAdvance);

    [Fact]
    public void Periods_AnySchedule_AreContiguousNonEmptyAndEndOnBoundaries() =>
        Terms.Sample(terms =>
        {
            var periods = BillingCalendar.Periods(terms).ToList();
            return periods.Count == terms.MaxPeriods
                && periods[0].Start == terms.Start
                && periods.All(p => p.Days > 0 && terms.Schedule.Boundary(terms.Schedule.IndexOnOrBefore(p.EndExclusive)) == p.EndExclusive)
                && periods.Zip(periods.Skip(1)).All(pair => pair.First.EndExclusive == pair.Second.Start && pair.Second.Sequence == pair.First.Sequence + 1)
                && periods.Skip(1).All(p => !p.IsPartial)
                && periods.All(p => p.InvoiceDate == (terms.Timing == BillingTiming.InAdvance ? p.Start : p.EndExclusive));
        });

    [Fact]
    public void Due_AnyDay_NeverRepeatsAPeriodAndLeavesNoneBehind() =>
        Terms.Select(Gen.Int[0, 900]).Sample((terms, day) =>
        {
            // Running every day from the start and recording what was invoiced yields each due period exactly once.
            DateOnly? last = null;
            var invoiced = new List<DateOnly>();
            var today = terms.Start.AddDays(day);
            for (var d = terms.Start; d <= today; d = d.AddDays(1))
            {
                foreach (var period in BillingCalendar.Due(terms, d, last, CatchUpPolicy.AllMissed))
                {
                    invoiced.Add(period.Start);
                    last = period.Start;
                }
            }

            var expected = BillingCalendar.Periods(terms).TakeWhile(p => p.InvoiceDate <= today).Select(p => p.Start).ToList();
            return invoiced.SequenceEqual(expected);
        }, iter: 60);
}
