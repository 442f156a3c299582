using InvoiceFunctions.Core.Dunning;

namespace InvoiceFunctions.Core.Tests.Dunning;

public sealed class DunningClockTests
{
    private static readonly DateTime Epoch = new(2027, 3, 1, 9, 30, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(86_400, 0, "2027-03-01")]
    [InlineData(86_400, 86_399, "2027-03-01")]
    [InlineData(86_400, 86_400, "2027-03-02")]
    [InlineData(86_400, 31 * 86_400, "2027-04-01")]
    [InlineData(2, 0, "2027-03-01")]
    [InlineData(2, 1, "2027-03-01")]
    [InlineData(2, 90, "2027-04-15")]
    public void Today_SecondsAfterEpoch_IsTheDayTheyFallIn(int dayLengthSeconds, int secondsAfter, string expected)
    {
        var clock = new DunningClock(Epoch, new DateOnly(2027, 3, 1), TimeSpan.FromSeconds(dayLengthSeconds));

        Assert.Equal(DateOnly.Parse(expected), clock.Today(Epoch.AddSeconds(secondsAfter)));
    }

    [Fact]
    public void Today_BeforeEpoch_IsTheAnchor()
    {
        var clock = new DunningClock(Epoch, new DateOnly(2027, 3, 1), TimeSpan.FromDays(1));

        Assert.Equal(new DateOnly(2027, 3, 1), clock.Today(Epoch.AddHours(-5)));
    }

    [Fact]
    public void StartOf_CompressedDays_StepsFallOnTheirSecondAndBackToTheSameDay()
    {
        var clock = new DunningClock(Epoch, new DateOnly(2027, 3, 1), TimeSpan.FromSeconds(2));

        var due = new DateOnly(2027, 3, 31);
        Assert.Equal(Epoch.AddSeconds(60), clock.StartOf(due));
        Assert.Equal(Epoch.AddSeconds(-2), clock.StartOf(new DateOnly(2027, 2, 28)));
        Assert.Equal(due, clock.Today(clock.StartOf(due)));
    }

    [Fact]
    public void StartOf_RealDays_SameTimeOfDayAcrossMonthEnds()
    {
        var clock = new DunningClock(Epoch, new DateOnly(2027, 3, 1), TimeSpan.FromDays(1));

        Assert.Equal(new DateTime(2027, 5, 31, 9, 30, 0, DateTimeKind.Utc), clock.StartOf(new DateOnly(2027, 5, 31)));
    }

    [Fact]
    public void Start_CompanyZone_AnchorIsTheCompanyLocalDayOfTheStart()
    {
        // 23:30 UTC on 31 March is already 1 April in Paris (summer time, UTC+2).
        var clock = DunningClock.Start(new DateTime(2027, 3, 31, 23, 30, 0, DateTimeKind.Utc), TimeSpan.FromDays(1), Paris);

        Assert.Equal(new DateOnly(2027, 4, 1), clock.Anchor);
        Assert.Equal(new DateOnly(2027, 4, 1), clock.Today(new DateTime(2027, 4, 1, 21, 59, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2027, 4, 2), clock.Today(new DateTime(2027, 4, 1, 22, 0, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData("2027-03-26", "2027-03-26T08:00:00")] // winter: 09:00 Paris = 08:00 UTC
    [InlineData("2027-03-29", "2027-03-29T07:00:00")] // after the spring-forward change (28 March): 07:00 UTC
    [InlineData("2027-10-31", "2027-10-31T08:00:00")] // the autumn change's day itself
    public void StartOf_RealDaysInTheCompanyZone_StepsAtNineLocalTimeAcrossDaylightSaving(string day, string expectedUtc)
    {
        var clock = DunningClock.Start(new DateTime(2027, 3, 1, 12, 0, 0, DateTimeKind.Utc), TimeSpan.FromDays(1), Paris);

        Assert.Equal(DateTime.SpecifyKind(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc), clock.StartOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void StartOf_CompressedDaysWithAZone_ZoneOnlyPicksTheAnchor()
    {
        var start = new DateTime(2027, 3, 31, 23, 30, 0, DateTimeKind.Utc);
        var clock = DunningClock.Start(start, TimeSpan.FromSeconds(2), Paris);

        Assert.Equal(start.AddSeconds(4), clock.StartOf(new DateOnly(2027, 4, 3)));
    }

    private static TimeZoneInfo Paris => TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
}
