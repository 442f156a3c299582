namespace InvoiceFunctions.Core.Dunning;

/// <summary>The time zone of a policy's plan days (Europe/Paris when none is given or it is unknown on this host).</summary>
public static class DunningZones
{
    public static TimeZoneInfo Find(string? id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id ?? DunningPolicy.DefaultTimeZone, out var zone) ? zone
        : TimeZoneInfo.TryFindSystemTimeZoneById(DunningPolicy.DefaultTimeZone, out var paris) ? paris : TimeZoneInfo.Utc;
}
