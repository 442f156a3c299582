using InvoiceFunctions.Core.Recurring;

namespace InvoiceFunctions.Core.Tests.Recurring;

public sealed class ProrationTests
{
    private static readonly BillingPeriod April = new(4, new DateOnly(2027, 4, 1), new DateOnly(2027, 5, 1), new DateOnly(2027, 4, 1), false);

    [Theory]
    [InlineData("2027-04-01", "100.00")]
    [InlineData("2027-04-16", "50.00")]
    [InlineData("2027-04-21", "33.33")]
    [InlineData("2027-04-30", "3.33")]
    [InlineData("2027-05-01", "0.00")]
    public void UnusedCredit_CancelledOnADay_CreditsTheRemainingDays(string cancelledFrom, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Proration.UnusedCredit(April, 100m, DateOnly.Parse(cancelledFrom)));

    [Fact]
    public void ForPartial_StubPeriod_PaysItsDays()
    {
        var stub = new BillingPeriod(1, new DateOnly(2027, 4, 11), new DateOnly(2027, 5, 1), new DateOnly(2027, 4, 11), true);

        Assert.Equal(66.67m, Proration.ForPartial(stub, April, 100m));
    }

    [Fact]
    public void PriceInForce_TakesTheLatestChangeOnOrBeforeTheDate()
    {
        PriceChange[] changes = [new(new DateOnly(2027, 7, 1), 120m), new(new DateOnly(2027, 3, 1), 110m)];

        Assert.Equal(100m, PriceChange.InForce(100m, changes, new DateOnly(2027, 2, 28)));
        Assert.Equal(110m, PriceChange.InForce(100m, changes, new DateOnly(2027, 3, 1)));
        Assert.Equal(120m, PriceChange.InForce(100m, changes, new DateOnly(2027, 12, 1)));
    }
}
