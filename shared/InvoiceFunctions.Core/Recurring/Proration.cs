using InvoiceFunctions.Core.Totals;

namespace InvoiceFunctions.Core.Recurring;

/// <summary>Day-based proration over one money scale (2 decimals, half away from zero).</summary>
public static class Proration
{
    /// <summary>The share of <paramref name="period"/> covered by [from, toExclusive), between 0 and 1.</summary>
    public static decimal Fraction(BillingPeriod period, DateOnly from, DateOnly toExclusive)
    {
        var start = Math.Max(period.Start.DayNumber, from.DayNumber);
        var end = Math.Min(period.EndExclusive.DayNumber, toExclusive.DayNumber);
        return end <= start || period.Days == 0 ? 0m : (decimal)(end - start) / period.Days;
    }

    /// <summary>The credit for cancelling on <paramref name="cancelledFrom"/> a period billed <paramref name="amount"/>: the unused days.</summary>
    public static decimal UnusedCredit(BillingPeriod period, decimal amount, DateOnly cancelledFrom) =>
        Money.Round2(amount * Fraction(period, cancelledFrom, period.EndExclusive));

    /// <summary>The amount of a full-period price for a partial period, by days.</summary>
    public static decimal ForPartial(BillingPeriod partial, BillingPeriod full, decimal fullPrice) =>
        Money.Round2(fullPrice * partial.Days / full.Days);
}
