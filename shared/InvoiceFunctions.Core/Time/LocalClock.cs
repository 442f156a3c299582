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

    /// <summary>The zone of an IANA id (UTC when none is set); null when the id is not an IANA time zone.</summary>
    public static TimeZoneInfo? Zone(string? ianaId) =>
        ianaId is null ? TimeZoneInfo.Utc
        : TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var zone) && zone.HasIanaId ? zone
        : null;

    /// <summary>The company-local calendar date of an instant.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
