using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>Editing subscriptions through the local host on Azurite: PUT with If-Match, price changes from a date, billed by the runs.</summary>
public sealed class RecurringEditTests : IAsyncLifetime
{
    private readonly ProductApp app = new();
    private readonly BillingRuns runs;

    public RecurringEditTests() => runs = new BillingRuns(app);

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task UpdateSubscription_IfMatchRequiredAndChecked_EveryProblemListed_NewTermsInUpcoming()
    {
        var key = await SalesSetup.FrenchCompanyAsync(app, "acme");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        await runs.CreateMonthlyAsync(key, "gold", start, 50m);
        var etag = await runs.ETagAsync(key, "gold");

        var blind = await runs.PutAsync(key, "gold", Update(start, 60m), null);
        var invalid = await runs.PutAsync(key, "gold", new { customerId = "martin", currency = "euro", lines = Array.Empty<object>(), paymentDays = 999, maxPeriods = 0 }, etag);
        var notCustomer = await runs.PutAsync(key, "gold", Update(start, 60m) with { CustomerId = "nobody" }, etag);
        var updated = await runs.PutAsync(key, "gold", Update(start, 60m), etag);
        var stale = await runs.PutAsync(key, "gold", Update(start, 70m), etag);

        await ProductApp.ExpectAsync(HttpStatusCode.PreconditionRequired, blind);
        var problem = await ProductApp.ExpectAsync(HttpStatusCode.BadRequest, invalid);
        Assert.Equal(["currency", "lines", "maxPeriods", "paymentDays"], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).Order());
        Assert.Equal("customerId", (await ProductApp.ExpectAsync(HttpStatusCode.BadRequest, notCustomer)).GetProperty("errors")[0].GetProperty("path").GetString());
        var body = await ProductApp.ExpectAsync(HttpStatusCode.OK, updated);
        Assert.NotEqual(etag, updated.Headers.GetValues("ETag").Single());
        Assert.Equal(2, body.GetProperty("lines").GetArrayLength());
        Assert.Equal(6, body.GetProperty("maxPeriods").GetInt32());
        Assert.Equal(15, body.GetProperty("paymentDays").GetInt32());
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        await ProductApp.ExpectAsync(HttpStatusCode.PreconditionFailed, stale);

        // Six periods; 2 x 60 + 1 x 15 = 135 net each, the second line at 20 from the fourth month.
        var upcoming = (await app.OkAsync(key, "api/companies/acme/subscriptions/gold/upcoming?count=12")).GetProperty("invoices").EnumerateArray().ToList();
        Assert.Equal([135m, 135m, 135m, 140m, 140m, 140m], upcoming.Select(i => i.GetProperty("netAmount").GetDecimal()));
        Assert.Equal(start.AddMonths(5).ToString("yyyy-MM-dd"), upcoming[^1].GetProperty("start").GetString());
    }

    [Fact]
    public async Task PriceChange_FromADate_RunBillsOldThenNewPrice_RetroactiveChangesRefused()
    {
        var key = await SalesSetup.FrenchCompanyAsync(app, "acme");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-2);
        await runs.CreateMonthlyAsync(key, "silver", start, 100m);

        var changed = await app.OkAsync(key, "api/companies/acme/subscriptions/silver/price-changes", new { line = 0, effectiveFrom = Day(start.AddMonths(1)), unitPrice = 120m });
        var before = await UpcomingNetAsync(key, "silver", 4);
        var report = await runs.RunAsync();
        await runs.IssuedAsync(key, 3, TimeSpan.FromMinutes(2));
        var documents = (await app.OkAsync(key, "api/companies/acme/subscriptions/silver/invoices")).GetProperty("items").EnumerateArray()
            .ToDictionary(d => d.GetProperty("periodStart").GetString()!, d => d.GetProperty("taxInclusive").GetDecimal());
        var retroactive = await app.SendAsync(HttpMethod.Post, "api/companies/acme/subscriptions/silver/price-changes", key, new { line = 0, effectiveFrom = Day(start.AddMonths(2).AddDays(10)), unitPrice = 130m });
        var rewrite = await runs.PutAsync(key, "silver", new
        {
            customerId = "martin",
            currency = "EUR",
            lines = new[] { new { description = "Plan silver", quantity = 1, unitPrice = 90m, vatRatePercent = 20, priceChanges = new[] { new { effectiveFrom = Day(start.AddMonths(2)), unitPrice = 120m } } } },
            lastDay = Day(start.AddDays(10)),
        }, await runs.ETagAsync(key, "silver"));
        var later = await app.OkAsync(key, "api/companies/acme/subscriptions/silver/price-changes", new { line = 0, effectiveFrom = Day(start.AddMonths(3)), unitPrice = 150m });
        var after = await UpcomingNetAsync(key, "silver", 2);

        Assert.Single(changed.GetProperty("lines")[0].GetProperty("priceChanges").EnumerateArray());
        Assert.Equal([100m, 120m, 120m, 120m], before);
        Assert.Equal(3, report.GetProperty("invoices").GetInt32());

        // 100 + 20 % VAT, then 120 + 20 % VAT from the change's month on.
        Assert.Equal(120m, documents[Day(start)]);
        Assert.Equal(144m, documents[Day(start.AddMonths(1))]);
        Assert.Equal(144m, documents[Day(start.AddMonths(2))]);
        var conflict = await ProductApp.ExpectAsync(HttpStatusCode.Conflict, retroactive);
        Assert.Contains($"the earliest is {Day(start.AddMonths(3))}", conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var problem = await ProductApp.ExpectAsync(HttpStatusCode.BadRequest, rewrite);
        Assert.Equal(["lastDay", "lines[0]", "lines[0].priceChanges[0]"], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).Order());
        Assert.Equal(2, later.GetProperty("lines")[0].GetProperty("priceChanges").GetArrayLength());
        Assert.Equal([150m, 150m], after);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd");

    private static Edit Update(DateOnly start, decimal price) => new(
        "martin",
        "EUR",
        [new EditLine("Plan gold", 2, price, 20, null), new EditLine("Support", 1, 15m, 20, [new EditPrice(Day(start.AddMonths(3)), 20m)])],
        6,
        15);

    private async Task<List<decimal>> UpcomingNetAsync(string key, string id, int count) =>
        (await app.OkAsync(key, $"api/companies/acme/subscriptions/{id}/upcoming?count={count}")).GetProperty("invoices").EnumerateArray().Select(i => i.GetProperty("netAmount").GetDecimal()).ToList();

    private sealed record EditPrice(string EffectiveFrom, decimal UnitPrice);

    private sealed record EditLine(string Description, decimal Quantity, decimal UnitPrice, decimal VatRatePercent, EditPrice[]? PriceChanges);

    private sealed record Edit(string CustomerId, string Currency, EditLine[] Lines, int MaxPeriods, int PaymentDays);
}
