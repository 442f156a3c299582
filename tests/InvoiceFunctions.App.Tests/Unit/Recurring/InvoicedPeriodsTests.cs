using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Recurring;
using InvoiceFunctions.Core.Recurring;

namespace InvoiceFunctions.App.Tests.Unit.Recurring;

/// <summary>What an edit may not touch (the invoiced periods), and the coming invoices at the prices in force (pure).</summary>
public sealed class InvoicedPeriodsTests
{
    private static readonly DateOnly Jan1 = new(2027, 1, 1);

    private static readonly Subscription Monthly = new(
        CompanyId.Parse("acme"), "gold", "martin", "EUR", [new SubscriptionLine("Plan", 1, 100m, 20, [new PriceChange(new DateOnly(2027, 2, 1), 120m)])],
        new SubscriptionTerms(BillingSchedule.Monthly(Jan1), Jan1), 30, SubscriptionStatus.Active, new DateOnly(2027, 2, 1), new DateOnly(2027, 3, 1), null, DateTimeOffset.UnixEpoch);

    [Fact]
    public void FirstOpenDay_TwoMonthsInvoiced_DayAfterTheSecond()
    {
        Assert.Equal(new DateOnly(2027, 3, 1), InvoicedPeriods.FirstOpenDay(Monthly));
        Assert.Null(InvoicedPeriods.FirstOpenDay(Monthly with { LastInvoicedStart = null }));
    }

    [Theory]
    [InlineData("2027-03-01", 130, null, null, "")]
    [InlineData("2027-02-28", 130, null, null, "lines[0].priceChanges[1]")]
    [InlineData("2027-03-01", 130, "2027-02-27", null, "lastDay")]
    [InlineData("2027-03-01", 130, "2027-02-28", 1, "maxPeriods")]
    public void Rewrites_NewChangeOrEnd_RefusedOnlyInsideInvoicedPeriods(string from, int price, string? lastDay, int? maxPeriods, string expected)
    {
        var line = Monthly.Lines[0] with { PriceChanges = [.. Monthly.Lines[0].PriceChanges!, new PriceChange(DateOnly.Parse(from), price)] };

        var errors = InvoicedPeriods.Rewrites(Monthly, [line], lastDay is null ? null : DateOnly.Parse(lastDay), maxPeriods);

        Assert.Equal(expected, string.Join(",", errors.Select(e => e.Path)));
    }

    [Fact]
    public void Rewrites_BasePriceOrInvoicedChangeAltered_RefusedNamingTheLine_NewLineFine()
    {
        var cheaper = Monthly.Lines[0] with { UnitPrice = 90m };
        var dropped = Monthly.Lines[0] with { PriceChanges = [] };
        var added = new SubscriptionLine("Support", 1, 15m, 20);

        Assert.Equal(["lines[0]"], InvoicedPeriods.Rewrites(Monthly, [cheaper], null, null).Select(e => e.Path));
        Assert.Equal(["lines[0]"], InvoicedPeriods.Rewrites(Monthly, [dropped], null, null).Select(e => e.Path));
        Assert.Empty(InvoicedPeriods.Rewrites(Monthly, [Monthly.Lines[0], added], null, null));
    }

    [Fact]
    public void ForecastNext_ChangeMidPeriod_AppliesFromTheNextPeriodStart()
    {
        var line = Monthly.Lines[0] with { PriceChanges = [.. Monthly.Lines[0].PriceChanges!, new PriceChange(new DateOnly(2027, 3, 15), 150m)] };

        var upcoming = SubscriptionForecast.Next(Monthly with { Lines = [line] }, 3);

        Assert.Equal([new DateOnly(2027, 3, 1), new DateOnly(2027, 4, 1), new DateOnly(2027, 5, 1)], upcoming.Select(u => u.Start));
        Assert.Equal([120m, 150m, 150m], upcoming.Select(u => u.NetAmount));
    }
}
