using System.Globalization;
using Cronos;

namespace InvoiceFunctions.LocalHost.Timers;

/// <summary>A timer trigger's schedule: six-field NCRONTAB (seconds first), five-field cron, or a TimeSpan interval.</summary>
public sealed class TimerSchedule
{
    private readonly CronExpression? cron;
    private readonly TimeSpan? interval;
    private readonly TimeZoneInfo zone;

    private TimerSchedule(CronExpression? cron, TimeSpan? interval, TimeZoneInfo zone)
    {
        this.cron = cron;
        this.interval = interval;
        this.zone = zone;
    }

    public static TimerSchedule Parse(string expression, TimeZoneInfo zone)
    {
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields is 5 or 6)
        {
            return new TimerSchedule(CronExpression.Parse(expression, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard), null, zone);
        }

        return TimeSpan.TryParse(expression, CultureInfo.InvariantCulture, out var every) && every > TimeSpan.Zero
            ? new TimerSchedule(null, every, zone)
            : throw new FormatException($"'{expression}' is neither an NCRONTAB expression nor a TimeSpan.");
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset Next(DateTimeOffset after) =>
        cron is not null
            ? cron.GetNextOccurrence(after, zone, inclusive: false) ?? DateTimeOffset.MaxValue
            : after + interval!.Value;
}
