using System.Text.Json;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>Two hosts of the app on one storage account billing the same subscriptions at the same time.</summary>
public sealed class RecurringTwoHostsTests : IAsyncLifetime
{
    private readonly ProductApp app = new();
    private readonly BillingRuns runs;

    public RecurringTwoHostsTests()
    {
        runs = new BillingRuns(app);
        // Each run in 8 pages (sub-orchestrations) of 4 subscriptions: pages of different runs race too.
        app.HostSettings["Recurring__BillingPageSize"] = "4";
    }

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task TwoHosts_FourRunsAtOnce_EachPeriodInvoicedOnce_NumberedWithoutGaps()
    {
        const int count = 30;
        var key = await SalesSetup.FrenchCompanyAsync(app, "acme");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        await Parallel.ForEachAsync(Enumerable.Range(1, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
            await runs.CreateMonthlyAsync(key, $"sub-{i:00}", start, 10m + i));
        await using var second = await app.StartHostAsync("second");

        // Each host starts two runs at the same moment: four runs race over the same 30 subscriptions x 2 due months.
        var ids = await Task.WhenAll(runs.StartAsync(app.Host), runs.StartAsync(second), runs.StartAsync(app.Host), runs.StartAsync(second));
        var reports = new List<JsonElement>();
        foreach (var id in ids)
        {
            reports.Add(await runs.WaitAsync(id, TimeSpan.FromMinutes(4)));
        }

        var issued = await runs.IssuedAsync(key, 2 * count, TimeSpan.FromMinutes(3));
        var all = await runs.InvoicesAsync(key);
        var perSubscription = new List<int>();
        foreach (var i in Enumerable.Range(1, count))
        {
            var documents = (await app.OkAsync(key, $"api/companies/acme/subscriptions/sub-{i:00}/invoices")).GetProperty("items").EnumerateArray();
            perSubscription.Add(documents.Select(d => d.GetProperty("invoiceId").GetString()).Distinct().Count());
        }

        Assert.Equal(2 * count, all.Count); // no second draft anywhere, issued or not
        Assert.Equal(2 * count, issued.Count);
        Assert.Equal(
            Enumerable.Range(1, 2 * count).Select(n => $"F-{today.Year}-{n:000000}"),
            issued.Select(i => i.GetProperty("number").GetString()).Order());
        Assert.All(perSubscription, n => Assert.Equal(2, n));
        Assert.All(reports, r => Assert.Empty(r.GetProperty("failures").EnumerateArray()));
        Assert.True(reports.Sum(r => r.GetProperty("invoices").GetInt32()) >= 2 * count, "the runs together saw every invoice");
        Assert.Equal(0, (await runs.RunAsync()).GetProperty("invoices").GetInt32());
    }
}
