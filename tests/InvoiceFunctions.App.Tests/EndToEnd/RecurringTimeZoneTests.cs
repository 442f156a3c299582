using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using InvoiceFunctions.Core.Time;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>Billing runs in the company's time zone and with its catch-up setting: through the local host on Azurite.</summary>
public sealed class RecurringTimeZoneTests : IAsyncLifetime
{
    private readonly ProductApp app = new();
    private readonly BillingRuns runs;

    public RecurringTimeZoneTests() => runs = new BillingRuns(app);

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task BillingRun_CompanyZoneOnAnotherDayThanUtc_BillsByItsCalendar_OnlyLatestMissedPeriod()
    {
        var key = await SalesSetup.FrenchCompanyAsync(app, "acme");

        // A zone whose date differs from UTC's now, at least an hour from its midnight: UTC+14 from 11:00 UTC, else UTC-12.
        var now = DateTimeOffset.UtcNow;
        var zoneId = now.Hour >= 11 ? "Pacific/Kiritimati" : "Etc/GMT+12";
        var localToday = LocalClock.LocalDate(now, LocalClock.Zone(zoneId)!);
        var invalid = await SaveProfileAsync(key, "Mars/Olympus", "OnlyLatest");
        var saved = await SaveProfileAsync(key, zoneId, "OnlyLatest");
        await runs.CreateMonthlyAsync(key, "today-there", localToday, 30m);
        await runs.CreateMonthlyAsync(key, "tomorrow-there", localToday.AddDays(1), 40m);
        await app.CreatedAsync(key, "api/companies/acme/subscriptions", new
        {
            id = "weekly",
            customerId = "martin",
            currency = "EUR",
            lines = new[] { new { description = "Support", quantity = 1, unitPrice = 10m, vatRatePercent = 20 } },
            schedule = new { unit = "Week", interval = 1, anchor = Day(localToday.AddDays(-21)) },
            start = Day(localToday.AddDays(-21)),
        });

        var id = await runs.StartAsync();
        var report = await runs.WaitAsync(id, TimeSpan.FromSeconds(90));
        var issued = await runs.IssuedAsync(key, 2, TimeSpan.FromMinutes(2));
        var weekly = await app.OkAsync(key, "api/companies/acme/subscriptions/weekly");
        var weeklyInvoices = (await app.OkAsync(key, "api/companies/acme/subscriptions/weekly/invoices")).GetProperty("items").EnumerateArray().ToList();
        var companyRuns = (await app.OkAsync(key, "api/companies/acme/billing-runs")).GetProperty("items").EnumerateArray().ToList();
        var allRuns = (await runs.AdminGetAsync("api/admin/billing-runs")).GetProperty("items").EnumerateArray().ToList();

        var problem = await ProductApp.ExpectAsync(HttpStatusCode.BadRequest, invalid);
        Assert.Equal(["timeZone"], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        // In UTC+14 "today-there" starts on the UTC tomorrow; in UTC-12 "tomorrow-there" starts on the UTC today: the zone decides both.
        Assert.Equal(2, report.GetProperty("invoices").GetInt32());
        Assert.Equal(2, report.GetProperty("billed").GetInt32());
        Assert.Empty(report.GetProperty("failures").EnumerateArray());
        Assert.Equal(2, issued.Count);
        Assert.All(issued, i => Assert.Equal(Day(localToday), i.GetProperty("issueDate").GetString())); // BT-2: the company's day
        Assert.Equal([12.00m, 36.00m], issued.Select(i => i.GetProperty("amounts").GetProperty("taxInclusive").GetDecimal()).Order());

        // Three missed weeks and this one: only the latest is invoiced; the older ones are never billed.
        Assert.Equal(Day(localToday), weekly.GetProperty("lastInvoicedStart").GetString());
        Assert.Equal(Day(localToday.AddDays(7)), weekly.GetProperty("nextInvoiceDate").GetString());
        var weeklyInvoice = Assert.Single(weeklyInvoices);
        Assert.Equal(Day(localToday), weeklyInvoice.GetProperty("periodStart").GetString());
        Assert.Equal("Issued", weeklyInvoice.GetProperty("status").GetString());

        // The history: the company's share of the run, and the run among all runs.
        var share = Assert.Single(companyRuns);
        Assert.Equal(id, share.GetProperty("runId").GetString());
        Assert.Equal(2, share.GetProperty("invoices").GetInt32());
        Assert.Contains(allRuns, r => r.GetProperty("runId").GetString() == id && r.GetProperty("invoices").GetInt32() == 2);
    }

    private async Task<HttpResponseMessage> SaveProfileAsync(string key, string timeZone, string catchUp)
    {
        var profile = JsonNode.Parse((await app.OkAsync(key, "api/companies/acme/settings/billing")).GetRawText())!.AsObject();
        profile["timeZone"] = timeZone;
        profile["recurringCatchUp"] = catchUp;
        return await app.SendAsync(HttpMethod.Put, "api/companies/acme/settings/billing", key, profile);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
