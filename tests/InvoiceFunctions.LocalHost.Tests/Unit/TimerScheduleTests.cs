using InvoiceFunctions.LocalHost.Timers;

namespace InvoiceFunctions.LocalHost.Tests.Unit;

public sealed class TimerScheduleTests
{
    [Theory]
    [InlineData("*/2 * * * * *", "2026-01-01T00:00:01Z", "2026-01-01T00:00:02Z")]
    [InlineData("0 */5 * * * *", "2026-01-01T00:04:59Z", "2026-01-01T00:05:00Z")]
    [InlineData("0 0 2 * * *", "2026-01-01T02:00:00Z", "2026-01-02T02:00:00Z")]
    [InlineData("0 0 0 1 1 *", "2026-06-15T10:00:00Z", "2027-01-01T00:00:00Z")]
    [InlineData("*/15 * * * *", "2026-01-01T00:14:00Z", "2026-01-01T00:15:00Z")]
    [InlineData("00:10:00", "2026-01-01T00:00:00Z", "2026-01-01T00:10:00Z")]
    public void Next_Utc_IsTheFollowingOccurrence(string expression, string after, string expected)
    {
        var schedule = TimerSchedule.Parse(expression, TimeZoneInfo.Utc);

        Assert.Equal(DateTimeOffset.Parse(expected), schedule.Next(DateTimeOffset.Parse(after)));
    }

    [Fact]
    public void Next_InParisAcrossSpringForward_FollowsLocalTwoAm()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var schedule = TimerSchedule.Parse("0 0 3 * * *", paris);

        // 29 March 2026: clocks go from 02:00 to 03:00 local; 03:00 CEST is 01:00 UTC.
        Assert.Equal(DateTimeOffset.Parse("2026-03-29T01:00:00Z"), schedule.Next(DateTimeOffset.Parse("2026-03-28T12:00:00Z")));
        Assert.Equal(DateTimeOffset.Parse("2026-03-28T02:00:00Z"), schedule.Next(DateTimeOffset.Parse("2026-03-27T12:00:00Z")));
    }

    [Theory]
    [InlineData("every day")]
    [InlineData("* * *")]
    [InlineData("-00:01:00")]
    public void Parse_Nonsense_Throws(string expression) =>
        Assert.ThrowsAny<FormatException>(() => TimerSchedule.Parse(expression, TimeZoneInfo.Utc));
}
