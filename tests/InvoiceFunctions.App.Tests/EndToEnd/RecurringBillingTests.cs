using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>
/// Subscriptions billed by Durable billing runs in the local host on Azurite: each period once, through the issue
/// pipeline (validated, gapless numbers, Factur-X, archived).
/// </summary>
public sealed class RecurringBillingTests : IAsyncLifetime
{
    private readonly ProductApp app = new();
    private readonly BillingRuns runs;

    public RecurringBillingTests()
    {
        runs = new BillingRuns(app);
        // About 20 pages for the crash run: more than one execution of the run (it continues as new every 16 pages).
        app.HostSettings["Recurring__BillingPageSize"] = Math.Max(1, CrashCount / 20).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>60 in CI; RECURRING_CRASH_SUBSCRIPTIONS=500 runs the issue's full size (minutes: see the README).</summary>
    private static int CrashCount => int.TryParse(Environment.GetEnvironmentVariable("RECURRING_CRASH_SUBSCRIPTIONS"), out var n) ? n : 60;

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task BillingRun_ThreeMonthsDue_IssuesThreeInvoicesOnce_ThenNothingMore()
    {
        var key = await SalesSetup.FrenchCompanyAsync(app, "acme");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-2);
        await app.CreatedAsync(key, "api/companies/acme/subscriptions", new
        {
            id = "gold",
            customerId = "martin",
            currency = "EUR",
            lines = new[] { new { description = "Plan Gold", quantity = 2, unitPrice = 49.99m, vatRatePercent = 20 } },
            schedule = new { unit = "Month", interval = 1, anchor = start.ToString("yyyy-MM-dd") },
            start = start.ToString("yyyy-MM-dd"),
        });

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(3, first.GetProperty("invoices").GetInt32());
        Assert.Equal(0, second.GetProperty("invoices").GetInt32());
        await Eventually.HoldsAsync(async () => (await InvoicesAsync(key)).All(i => i.GetProperty("status").GetString() == "Issued"), TimeSpan.FromMinutes(2), "the run's invoices issued");
        var invoices = await InvoicesAsync(key);
        Assert.Equal(3, invoices.Count);
        Assert.All(invoices, i => Assert.Single(i.GetProperty("archive").EnumerateArray()));
        var periods = new List<string?>();
        foreach (var invoice in invoices)
        {
            var document = await app.OkAsync(key, $"api/companies/acme/invoices/{invoice.GetProperty("id").GetString()}/document");
            periods.Add(document.GetProperty("document").GetProperty("invoicingPeriod").GetProperty("start").GetString());
        }

        Assert.Equal([start.ToString("yyyy-MM-dd"), start.AddMonths(1).ToString("yyyy-MM-dd"), start.AddMonths(2).ToString("yyyy-MM-dd")], periods.Order());
        // 2 x 49.99 = 99.98 net, VAT 20 % = 20.00 (19.996 rounded), 119.98 in all.
        Assert.All(invoices, i => Assert.Equal(119.98m, i.GetProperty("amounts").GetProperty("taxInclusive").GetDecimal()));
        Assert.Equal(
            [$"F-{today.Year}-000001", $"F-{today.Year}-000002", $"F-{today.Year}-000003"],
            invoices.Select(i => i.GetProperty("number").GetString()).Order());
        var subscription = await app.OkAsync(key, "api/companies/acme/subscriptions/gold");
        Assert.Equal(start.AddMonths(2).ToString("yyyy-MM-dd"), subscription.GetProperty("lastInvoicedStart").GetString());
        Assert.Equal(start.AddMonths(3).ToString("yyyy-MM-dd"), subscription.GetProperty("nextInvoiceDate").GetString());
    }

    [Fact]
    public async Task BillingRun_HostKilledMidRun_FinishesAfterRestart_EachSubscriptionInvoicedOnceWithoutGaps()
    {
        var count = CrashCount;
        var key = await SalesSetup.FrenchCompanyAsync(app, "acme");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = new DateOnly(today.Year, today.Month, 1);
        await Parallel.ForEachAsync(Enumerable.Range(1, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
            await runs.CreateMonthlyAsync(key, $"sub-{i:000}", start, 10m + i));

        var id = await StartRunAsync();
        await Eventually.HoldsAsync(async () => (await InvoicesAsync(key)).Count(i => i.GetProperty("status").GetString() == "Issued") >= Math.Max(5, count / 5), TimeSpan.FromSeconds(90 + count), "the run has started issuing");
        await app.RestartHostAsync();
        var summary = await WaitForRunAsync(id, TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(count));
        await Eventually.HoldsAsync(async () => (await InvoicesAsync(key)).Count(i => i.GetProperty("status").GetString() == "Issued") == count, TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(count), "every invoice issued");

        var invoices = await InvoicesAsync(key);
        var issued = invoices.Where(i => i.GetProperty("status").GetString() == "Issued").ToList();
        Assert.Equal(count, issued.Count);
        Assert.Equal(
            Enumerable.Range(1, count).Select(n => $"F-{today.Year}-{n:000000}"),
            issued.Select(i => i.GetProperty("number").GetString()).Order());
        Assert.Equal(count, summary.GetProperty("subscriptions").GetInt32());
        var again = await RunAsync();
        Assert.Equal(0, again.GetProperty("invoices").GetInt32());
    }

    [Fact]
    public async Task PausedSubscription_IsSkipped_ResumedItCatchesUp()
    {
        var key = await SalesSetup.FrenchCompanyAsync(app, "acme");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await app.CreatedAsync(key, "api/companies/acme/subscriptions", new
        {
            id = "weekly",
            customerId = "martin",
            currency = "EUR",
            lines = new[] { new { description = "Support", quantity = 1, unitPrice = 10m, vatRatePercent = 20 } },
            schedule = new { unit = "Week", interval = 1, anchor = today.AddDays(-14).ToString("yyyy-MM-dd") },
            start = today.AddDays(-14).ToString("yyyy-MM-dd"),
        });

        var paused = await app.OkAsync(key, "api/companies/acme/subscriptions/weekly/pause", new { });
        var whilePaused = await RunAsync();
        await app.OkAsync(key, "api/companies/acme/subscriptions/weekly/resume", new { });
        var afterResume = await RunAsync();

        Assert.Equal("Paused", paused.GetProperty("status").GetString());
        Assert.Equal(0, whilePaused.GetProperty("invoices").GetInt32());
        Assert.Equal(3, afterResume.GetProperty("invoices").GetInt32()); // 14 and 7 days ago, and today
    }

    [Fact]
    public async Task CreateSubscription_InvalidOrUnknownCustomer_400ListingFields()
    {
        var (key, _) = await app.CompanyAsync("acme");

        var response = await app.SendAsync(HttpMethod.Post, "api/companies/acme/subscriptions", key, new
        {
            id = "bad id",
            customerId = "s1",
            currency = "euro",
            lines = Array.Empty<object>(),
            start = "2027-01-01",
        });

        var problem = await ProductApp.ExpectAsync(HttpStatusCode.BadRequest, response);
        Assert.Equal(["currency", "id", "lines", "schedule"], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).Order());
    }

    private Task<JsonElement> RunAsync() => runs.RunAsync();

    private Task<string> StartRunAsync() => runs.StartAsync();

    private Task<List<JsonElement>> InvoicesAsync(string key) => runs.InvoicesAsync(key);

    private Task<JsonElement> WaitForRunAsync(string id, TimeSpan timeout) => runs.WaitAsync(id, timeout);
}
