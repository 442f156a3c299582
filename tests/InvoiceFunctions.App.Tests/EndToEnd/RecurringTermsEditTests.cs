using System.Net;
using System.Text.Json;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>Schedule, anchor, start and timing changed by PUT (If-Match) through the local host: taken while no invoiced period is cut otherwise, 409 naming the period after.</summary>
public sealed class RecurringTermsEditTests : IAsyncLifetime
{
    private readonly ProductApp app = new();
    private readonly BillingRuns runs;

    public RecurringTermsEditTests() => runs = new BillingRuns(app);

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task NewScheduleAndStart_TakenBeforeInvoicing_RefusedWhenItCutsAnInvoicedPeriod_TimingMovesTheIndex()
    {
        var key = await SalesSetup.FrenchCompanyAsync(app, "acme");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var month = new DateOnly(today.Year, today.Month, 1);
        await runs.CreateMonthlyAsync(key, "bronze", month.AddMonths(-1), 100m);

        // Nothing invoiced yet: quarterly from this month's first day, starting then (last month is no longer due).
        var quarterly = await runs.PutAsync(key, "bronze", Terms(new { unit = "Month", interval = 3, anchor = Day(month) }, month), await runs.ETagAsync(key, "bronze"));
        var moved = await ProductApp.ExpectAsync(HttpStatusCode.OK, quarterly);
        var upcoming = await UpcomingAsync(key);
        var report = await runs.RunAsync();
        await runs.IssuedAsync(key, 1, TimeSpan.FromMinutes(2));
        var billed = await app.OkAsync(key, "api/companies/acme/subscriptions/bronze");

        // Invoiced: [month, month + 3). Monthly again would cut it; an interval of 0 is no schedule at all.
        var etag = await runs.ETagAsync(key, "bronze");
        var monthly = await runs.PutAsync(key, "bronze", Terms(new { unit = "Month", interval = 1, anchor = Day(month) }, null), etag);
        var laterStart = await runs.PutAsync(key, "bronze", Terms(null, month.AddDays(1)), etag);
        var invalid = await runs.PutAsync(key, "bronze", Terms(new { unit = "Month", interval = 0, anchor = Day(month) }, null), etag);
        // The same boundaries from another anchor, billed in arrears: the next invoice is at the end of the next quarter.
        var arrears = await runs.PutAsync(key, "bronze", Terms(new { unit = "Month", interval = 3, anchor = Day(month.AddMonths(3)) }, null, "InArrears"), etag);

        Assert.Equal(3, moved.GetProperty("schedule").GetProperty("interval").GetInt32());
        Assert.Equal(Day(month), moved.GetProperty("start").GetString());
        Assert.Equal(Day(month), moved.GetProperty("nextInvoiceDate").GetString());
        Assert.Equal([Day(month), Day(month.AddMonths(3))], upcoming.Select(u => u.GetProperty("start").GetString()));
        Assert.Equal(1, report.GetProperty("invoices").GetInt32());
        Assert.Equal(Day(month), billed.GetProperty("lastInvoicedStart").GetString());
        Assert.Equal(Day(month.AddMonths(3)), billed.GetProperty("nextInvoiceDate").GetString());
        var conflict = await ProductApp.ExpectAsync(HttpStatusCode.Conflict, monthly);
        Assert.Contains($"the invoiced period {Day(month)} to {Day(month.AddMonths(3).AddDays(-1))} would become {Day(month)} to {Day(month.AddMonths(1).AddDays(-1))}", conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains($"the invoiced period {Day(month)} to", (await ProductApp.ExpectAsync(HttpStatusCode.Conflict, laterStart)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("schedule", (await ProductApp.ExpectAsync(HttpStatusCode.BadRequest, invalid)).GetProperty("errors")[0].GetProperty("path").GetString());
        var inArrears = await ProductApp.ExpectAsync(HttpStatusCode.OK, arrears);
        Assert.Equal("InArrears", inArrears.GetProperty("timing").GetString());
        Assert.Equal(Day(month.AddMonths(6)), inArrears.GetProperty("nextInvoiceDate").GetString());
        Assert.Equal(Day(month.AddMonths(6)), (await UpcomingAsync(key))[0].GetProperty("invoiceDate").GetString());
        Assert.Equal(0, (await runs.RunAsync()).GetProperty("invoices").GetInt32());
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd");

    private static Dictionary<string, object?> Terms(object? schedule, DateOnly? start, string? timing = null) => new()
    {
        ["customerId"] = "martin",
        ["currency"] = "EUR",
        ["lines"] = new[] { new { description = "Plan bronze", quantity = 1, unitPrice = 100m, vatRatePercent = 20 } },
        ["schedule"] = schedule,
        ["start"] = start is { } day ? Day(day) : null,
        ["timing"] = timing,
    };

    private async Task<List<JsonElement>> UpcomingAsync(string key) =>
        (await app.OkAsync(key, "api/companies/acme/subscriptions/bronze/upcoming?count=2")).GetProperty("invoices").EnumerateArray().ToList();
}
