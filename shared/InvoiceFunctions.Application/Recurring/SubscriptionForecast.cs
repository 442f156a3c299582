using InvoiceFunctions.Core.Recurring;
using InvoiceFunctions.Core.Totals;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>The next invoices of a stored subscription, drafted exactly as a run will draft them (pure).</summary>
public static class SubscriptionForecast
{
    /// <summary>The next <paramref name="count"/> periods not invoiced yet, each with the draft's lines and net total.</summary>
    public static IReadOnlyList<UpcomingInvoice> Next(Subscription subscription, int count) =>
        BillingCalendar.Periods(subscription.Terms)
            .Where(p => subscription.LastInvoicedStart is not { } last || p.Start > last)
            .Take(Math.Clamp(count, 1, 120))
            .Select(p =>
            {
                var lines = RecurringBilling.Draft(subscription, p).Lines ?? [];
                return new UpcomingInvoice(p.Sequence, p.Start, p.LastDay, p.InvoiceDate, p.IsPartial, lines, lines.Sum(l => Money.Round2(l.Quantity * (l.UnitPrice ?? 0m))));
            })
            .ToList();
}
