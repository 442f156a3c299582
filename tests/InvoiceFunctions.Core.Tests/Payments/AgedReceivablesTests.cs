using InvoiceFunctions.Core.Payments.Receivables;

namespace InvoiceFunctions.Core.Tests.Payments;

public sealed class AgedReceivablesTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 31);

    [Theory]
    [InlineData("2026-04-30", AgingBucket.Current)]
    [InlineData("2026-03-31", AgingBucket.Current)]
    [InlineData("2026-03-30", AgingBucket.Days1To30)]
    [InlineData("2026-03-01", AgingBucket.Days1To30)]
    [InlineData("2026-02-28", AgingBucket.Days31To60)]
    [InlineData("2026-01-30", AgingBucket.Days31To60)]
    [InlineData("2026-01-29", AgingBucket.Days61To90)]
    [InlineData("2025-12-31", AgingBucket.Days61To90)]
    [InlineData("2025-12-30", AgingBucket.Over90)]
    [InlineData("2020-01-01", AgingBucket.Over90)]
    public void BucketOf_DueDate_DaysPastDueOnAsOf(string due, AgingBucket expected) =>
        Assert.Equal(expected, AgedReceivables.BucketOf(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), AsOf));

    [Fact]
    public void Compute_MixedItems_SumsPerPartyAndCurrency()
    {
        OpenItem[] items =
        [
            new("i1", "acme", "EUR", 100m, new DateOnly(2026, 4, 15)),
            new("i2", "acme", "EUR", 250.50m, new DateOnly(2026, 3, 10)),
            new("i3", "acme", "EUR", 40m, new DateOnly(2025, 11, 1)),
            new("c1", "acme", "EUR", -30m, new DateOnly(2026, 3, 20)),
            new("i4", "zenith", "EUR", 1000m, new DateOnly(2026, 1, 15)),
            new("i5", "zenith", "USD", 75m, new DateOnly(2026, 2, 14)),
            new("i6", "zenith", "EUR", 0m, new DateOnly(2020, 1, 1)),
        ];

        var report = AgedReceivables.Compute(items, AsOf);

        // acme EUR: 100 current; 250.50 (21 days) and -30 (11 days) in 1-30; 40 (150 days) over 90.
        // zenith EUR: 1000 (75 days) in 61-90; zenith USD: 75 (45 days) in 31-60; the zero item is left out.
        Assert.Equal(
            [
                new PartyAging("acme", new AgingAmounts("EUR", 100m, 220.50m, 0m, 0m, 40m)),
                new PartyAging("zenith", new AgingAmounts("EUR", 0m, 0m, 0m, 1000m, 0m)),
                new PartyAging("zenith", new AgingAmounts("USD", 0m, 0m, 75m, 0m, 0m)),
            ],
            report.ByParty);
        Assert.Equal([new AgingAmounts("EUR", 100m, 220.50m, 0m, 1000m, 40m), new AgingAmounts("USD", 0m, 0m, 75m, 0m, 0m)], report.Totals);
        Assert.Equal(1360.50m, report.Totals[0].Total);
        Assert.Equal(AsOf, report.AsOf);
    }

    [Fact]
    public void Compute_NoItems_EmptyReport()
    {
        var report = AgedReceivables.Compute([], AsOf);

        Assert.Empty(report.ByParty);
        Assert.Empty(report.Totals);
    }
}
