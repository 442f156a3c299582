namespace InvoiceFunctions.Core.Recurring;

/// <summary>
/// Period boundaries every <see cref="Interval"/> <see cref="Unit"/>s from <see cref="Anchor"/>. Each boundary
/// is computed from the anchor, never from the previous boundary, so a 31st anchor gives 28/29 February and
/// then 31 March again. With <see cref="EndOfMonth"/> every boundary is the last day of its month.
/// </summary>
public sealed record BillingSchedule(BillingUnit Unit, int Interval, DateOnly Anchor, bool EndOfMonth = false)
{
    public static BillingSchedule Weekly(DateOnly anchor) => new(BillingUnit.Week, 1, anchor);

    public static BillingSchedule EveryWeeks(int weeks, DateOnly anchor) => new(BillingUnit.Week, weeks, anchor);

    public static BillingSchedule Monthly(DateOnly anchor) => new(BillingUnit.Month, 1, anchor);

    public static BillingSchedule MonthlyOnLastDay(DateOnly anchor) => new(BillingUnit.Month, 1, anchor, EndOfMonth: true);

    public static BillingSchedule Quarterly(DateOnly anchor) => new(BillingUnit.Month, 3, anchor);

    public static BillingSchedule HalfYearly(DateOnly anchor) => new(BillingUnit.Month, 6, anchor);

    public static BillingSchedule Yearly(DateOnly anchor) => new(BillingUnit.Year, 1, anchor);

    public static BillingSchedule EveryDays(int days, DateOnly anchor) => new(BillingUnit.Day, days, anchor);

    public static BillingSchedule EveryMonths(int months, DateOnly anchor) => new(BillingUnit.Month, months, anchor);

    /// <summary>The <paramref name="index"/>-th boundary (0 is the anchor; negative indexes go back in time).</summary>
    public DateOnly Boundary(int index)
    {
        if (Interval < 1)
        {
            throw new InvalidOperationException("A billing schedule's interval is at least 1.");
        }

        var steps = checked(index * Interval);
        return Unit switch
        {
            BillingUnit.Day => Anchor.AddDays(steps),
            BillingUnit.Week => Anchor.AddDays(checked(steps * 7)),
            BillingUnit.Month => InMonth(Anchor.AddMonths(steps)),
            BillingUnit.Year => InMonth(Anchor.AddYears(steps)),
            _ => throw new InvalidOperationException($"Unknown unit {Unit}."),
        };
    }

    /// <summary>The index of the last boundary on or before <paramref name="date"/>.</summary>
    public int IndexOnOrBefore(DateOnly date)
    {
        // An estimate from the average unit length, corrected by walking: boundaries are monotonic.
        var days = date.DayNumber - Anchor.DayNumber;
        var unitDays = Unit switch { BillingUnit.Day => 1.0, BillingUnit.Week => 7.0, BillingUnit.Month => 30.436875, _ => 365.2425 };
        var index = (int)Math.Floor(days / (unitDays * Interval));
        while (Boundary(index) > date)
        {
            index--;
        }

        while (Boundary(index + 1) <= date)
        {
            index++;
        }

        return index;
    }

    private DateOnly InMonth(DateOnly shifted)
    {
        var last = DateTime.DaysInMonth(shifted.Year, shifted.Month);
        var day = EndOfMonth ? last : Math.Min(Anchor.Day, last);
        return new DateOnly(shifted.Year, shifted.Month, day);
    }
}
