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
        const int count = 60;
        var key = await SalesSetup.FrenchCompanyAsync(app, "acme");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = new DateOnly(today.Year, today.Month, 1);
        await Parallel.ForEachAsync(Enumerable.Range(1, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
            await app.CreatedAsync(key, "api/companies/acme/subscriptions", new
            {
                id = $"sub-{i:000}",
                customerId = "martin",
                currency = "EUR",
                lines = new[] { new { description = $"Plan {i}", quantity = 1, unitPrice = 10m + i, vatRatePercent = 20 } },
                schedule = new { unit = "Month", interval = 1, anchor = start.ToString("yyyy-MM-dd") },
                start = start.ToString("yyyy-MM-dd"),
            }));

        var id = await StartRunAsync();
        await Eventually.HoldsAsync(async () => (await InvoicesAsync(key)).Count(i => i.GetProperty("status").GetString() == "Issued") >= 5, TimeSpan.FromSeconds(90), "the run has started issuing");
        await app.RestartHostAsync();
        var summary = await WaitForRunAsync(id, TimeSpan.FromMinutes(4));
        await Eventually.HoldsAsync(async () => (await InvoicesAsync(key)).Count(i => i.GetProperty("status").GetString() == "Issued") == count, TimeSpan.FromMinutes(3), "every invoice issued");

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

    private async Task<JsonElement> RunAsync() => await WaitForRunAsync(await StartRunAsync(), TimeSpan.FromSeconds(90));

    private async Task<string> StartRunAsync()
    {
        var started = await app.AdminPostAsync("api/admin/billing-runs", new { });
        return (await ProductApp.ExpectAsync(HttpStatusCode.Created, started)).GetProperty("id").GetString()!;
    }

    private async Task<List<JsonElement>> InvoicesAsync(string key)
    {
        var all = new List<JsonElement>();
        string? continuation = null;
        do
        {
            var page = await app.OkAsync(key, "api/companies/acme/invoices?pageSize=1000" + (continuation is null ? "" : "&continuation=" + Uri.EscapeDataString(continuation)));
            all.AddRange(page.GetProperty("items").EnumerateArray());
            continuation = page.TryGetProperty("continuation", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (continuation is not null);
        return all;
    }

    private async Task<JsonElement> WaitForRunAsync(string id, TimeSpan timeout)
    {
        JsonElement run = default;
        await Eventually.HoldsAsync(
            async () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, $"api/admin/billing-runs/{id}");
                request.Headers.Add("x-functions-key", HostProcess.MasterKey);
                run = await (await app.Host.Http.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
                return run.GetProperty("status").GetString() is "Completed" or "Failed";
            },
            timeout,
            $"billing run {id} ends");
        Assert.Equal("Completed", run.GetProperty("status").GetString());
        return run.GetProperty("summary");
    }
}
