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
}
