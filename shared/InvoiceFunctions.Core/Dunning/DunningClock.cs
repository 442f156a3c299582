namespace InvoiceFunctions.Core.Dunning;

/// <summary>
/// Maps the plan's company-local days onto instants for an orchestration: day <see cref="Anchor"/> starts at
/// <see cref="Epoch"/> and each day lasts <see cref="DayLength"/> (a real day in production; seconds in tests and the
/// demo, so a whole policy runs on real durable timers in minutes).
/// </summary>
public sealed record DunningClock(DateTime Epoch, DateOnly Anchor, TimeSpan DayLength)
{
    /// <summary>The plan's day at <paramref name="now"/>.</summary>
    public DateOnly Today(DateTime now) =>
        now <= Epoch ? Anchor : Anchor.AddDays((int)Math.Min(int.MaxValue / 2, (now - Epoch).Ticks / DayLength.Ticks));

    /// <summary>When the plan's <paramref name="day"/> starts: the moment a step planned on it is due.</summary>
    public DateTime StartOf(DateOnly day) => Epoch + (DayLength * (day.DayNumber - Anchor.DayNumber));
}
