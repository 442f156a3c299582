using InvoiceFunctions.Core.Time;

namespace InvoiceFunctions.Core.Recurring;

/// <summary>Pure schedule arithmetic: the periods of a subscription, which are due on a date, and when a run happens.</summary>
public static class BillingCalendar
{
    /// <summary>
    /// The subscription's periods in order, lazily. The first starts on <see cref="SubscriptionTerms.Start"/>
    /// (partial if that is not a boundary); the last ends after <see cref="SubscriptionTerms.LastDay"/> (partial
    /// if that is not the day before a boundary) or after <see cref="SubscriptionTerms.MaxPeriods"/> periods.
    /// </summary>
    public static IEnumerable<BillingPeriod> Periods(SubscriptionTerms terms)
    {
        var schedule = terms.Schedule;
        var index = schedule.IndexOnOrBefore(terms.Start);
        var start = terms.Start;
        var endOfTerm = terms.LastDay?.AddDays(1);
        for (var sequence = 1; terms.MaxPeriods is not { } max || sequence <= max; sequence++)
        {
            if (endOfTerm is { } end && start >= end)
            {
                yield break;
            }

            var next = schedule.Boundary(++index);
            var partial = start != schedule.Boundary(index - 1);
            if (endOfTerm is { } stop && next > stop)
            {
                (next, partial) = (stop, true);
            }

            var invoiceDate = terms.Timing == BillingTiming.InAdvance ? start : next;
            yield return new BillingPeriod(sequence, start, next, invoiceDate, partial);
            start = next;
        }
    }

    /// <summary>
    /// The periods to invoice on <paramref name="today"/> (company-local date): due on or before it and starting
    /// after the last invoiced period. With <see cref="CatchUpPolicy.AllMissed"/> every one of them, oldest
    /// first; with <see cref="CatchUpPolicy.OnlyLatest"/> only the newest.
    /// </summary>
    public static IReadOnlyList<BillingPeriod> Due(SubscriptionTerms terms, DateOnly today, DateOnly? lastInvoicedStart, CatchUpPolicy catchUp)
    {
        var due = Periods(terms)
            .TakeWhile(p => p.InvoiceDate <= today)
            .Where(p => lastInvoicedStart is not { } last || p.Start > last)
            .ToList();
        return catchUp == CatchUpPolicy.OnlyLatest && due.Count > 1 ? [due[^1]] : due;
    }

    /// <summary>
    /// The periods a run at <paramref name="now"/> invoices for a company in <paramref name="zone"/>: those whose
    /// invoice date has begun there (a run "on the 1st" is on the 1st in the company's zone, whatever the UTC date).
    /// </summary>
    public static IReadOnlyList<BillingPeriod> DueAt(SubscriptionTerms terms, DateTimeOffset now, TimeZoneInfo zone, DateOnly? lastInvoicedStart, CatchUpPolicy catchUp) =>
        Due(terms, LocalClock.LocalDate(now, zone), lastInvoicedStart, catchUp);

    /// <summary>The period that contains <paramref name="day"/>, or null outside the subscription's term.</summary>
    public static BillingPeriod? Containing(SubscriptionTerms terms, DateOnly day) =>
        Periods(terms).TakeWhile(p => p.Start <= day).LastOrDefault(p => day < p.EndExclusive);

    /// <summary>The next <paramref name="count"/> periods invoiced after <paramref name="after"/> (for previews).</summary>
    public static IReadOnlyList<BillingPeriod> Next(SubscriptionTerms terms, DateOnly after, int count) =>
        Periods(terms).Where(p => p.InvoiceDate > after).Take(count).ToList();

    /// <summary>The invoice date of the first period not yet invoiced, or null when the subscription has ended: the index a timer queries.</summary>
    public static DateOnly? NextInvoiceDate(SubscriptionTerms terms, DateOnly? lastInvoicedStart) =>
        Periods(terms).FirstOrDefault(p => lastInvoicedStart is not { } last || p.Start > last)?.InvoiceDate;

    /// <summary>
    /// The first invoiced period (those of <paramref name="invoiced"/> starting on or before
    /// <paramref name="lastInvoicedStart"/>) that <paramref name="changed"/> terms would cut differently, and the period
    /// it would become (null when the new terms have none there); null when every invoiced period stays as it was
    /// invoiced, so the new terms only shape the periods still to come.
    /// </summary>
    public static (BillingPeriod Invoiced, BillingPeriod? Becomes)? FirstRewritten(SubscriptionTerms invoiced, SubscriptionTerms changed, DateOnly? lastInvoicedStart)
    {
        if (lastInvoicedStart is not { } last)
        {
            return null;
        }

        using var after = Periods(changed).GetEnumerator();
        foreach (var period in Periods(invoiced).TakeWhile(p => p.Start <= last))
        {
            var becomes = after.MoveNext() ? after.Current : null;
            if (becomes is null || becomes.Start != period.Start || becomes.EndExclusive != period.EndExclusive)
            {
                return (period, becomes);
            }
        }

        return null;
    }

    /// <summary>The instant a period's run is due: its invoice date at <paramref name="runAt"/> in the company's time zone.</summary>
    public static DateTimeOffset RunsAt(BillingPeriod period, TimeZoneInfo zone, TimeOnly runAt) =>
        LocalClock.ToInstant(period.InvoiceDate, runAt, zone);
}
