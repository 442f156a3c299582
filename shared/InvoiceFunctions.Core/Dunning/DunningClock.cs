using InvoiceFunctions.Core.Time;

namespace InvoiceFunctions.Core.Dunning;

/// <summary>
/// Maps the plan's company-local days onto instants for an orchestration. With real days and the company's
/// <see cref="Zone"/>, a plan day is the company's calendar day and its steps are due at <see cref="StepTime"/> local time
/// (daylight-saving changes included). With a compressed <see cref="DayLength"/> (seconds, in tests and the demo) or no
/// zone, day <see cref="Anchor"/> starts at <see cref="Epoch"/> and each day lasts <see cref="DayLength"/>, so a whole
/// policy runs on real durable timers in minutes.
/// </summary>
public sealed record DunningClock(DateTime Epoch, DateOnly Anchor, TimeSpan DayLength, TimeZoneInfo? Zone = null)
{
    /// <summary>The company-local time of day a step falls due (office hours, not midnight).</summary>
    public static readonly TimeOnly StepTime = new(9, 0);

    private bool LocalDays => Zone is not null && DayLength == TimeSpan.FromDays(1);

    /// <summary>The clock of a dunning started at <paramref name="epoch"/> (UTC): its anchor is the company-local day of the start.</summary>
    public static DunningClock Start(DateTime epoch, TimeSpan dayLength, TimeZoneInfo zone) =>
        new(epoch, LocalClock.LocalDate(new DateTimeOffset(DateTime.SpecifyKind(epoch, DateTimeKind.Utc)), zone), dayLength, zone);

    /// <summary>The plan's day at <paramref name="now"/> (UTC).</summary>
    public DateOnly Today(DateTime now)
    {
        if (LocalDays)
        {
            var today = LocalClock.LocalDate(new DateTimeOffset(DateTime.SpecifyKind(now, DateTimeKind.Utc)), Zone!);
            return today < Anchor ? Anchor : today;
        }

        return now <= Epoch ? Anchor : Anchor.AddDays((int)Math.Min(int.MaxValue / 2, (now - Epoch).Ticks / DayLength.Ticks));
    }

    /// <summary>When the plan's <paramref name="day"/> is due (UTC): the moment a step planned on it is taken.</summary>
    public DateTime StartOf(DateOnly day) => LocalDays
        ? LocalClock.ToInstant(day, StepTime, Zone!).UtcDateTime
        : Epoch + (DayLength * (day.DayNumber - Anchor.DayNumber));
}
