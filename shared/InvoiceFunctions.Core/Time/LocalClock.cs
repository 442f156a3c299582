namespace InvoiceFunctions.Core.Time;

/// <summary>Company-local dates and times to instants, safe across daylight-saving changes.</summary>
public static class LocalClock
{
    /// <summary>
    /// The instant of <paramref name="time"/> on <paramref name="date"/> in <paramref name="zone"/>. A local time
    /// skipped by a spring-forward change moves to the first valid minute after it; a time that occurs twice
    /// (autumn) is the first occurrence, so a run never happens twice.
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The company-local calendar date of an instant.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
