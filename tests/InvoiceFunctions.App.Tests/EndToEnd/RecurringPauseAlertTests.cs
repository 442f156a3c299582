using System.Text.Json;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>A billing failure pauses one subscription and alerts the company once (MailDev, event feed); the others are billed.</summary>
public sealed class RecurringPauseAlertTests : IAsyncLifetime
{
    private readonly RecurringMailApp host = new();

    private ProductApp app => host.App;

    private BillingRuns runs => host.Runs;

    private MailDev mail => host.Mail;

    public Task InitializeAsync() => host.InitializeAsync();

    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task BillingFailure_PausesThatSubscription_OthersBilled_OneAlertMailAndEvent_EvenWithRunsAtOnce()
    {
        var key = await SalesSetup.FrenchCompanyAsync(app, "acme");
        // A French business customer without SIREN: its invoices break FR-02, so issuing is refused.
        await app.CreatedAsync(key, "api/companies/acme/contacts", new
        {
            id = "nosiren", role = "Customer", name = "Épicerie Sans Siren", countryCode = "FR", email = "compta@epicerie.example",
            address = new { line1 = "1 rue Neuve", city = "Lyon", postCode = "69001" },
        });
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = new DateOnly(today.Year, today.Month, 1);
        await runs.CreateMonthlyAsync(key, "ok-1", start, 10m);
        await runs.CreateMonthlyAsync(key, "ok-2", start, 20m);
        await app.CreatedAsync(key, "api/companies/acme/subscriptions", new
        {
            id = "broken",
            customerId = "nosiren",
            currency = "EUR",
            lines = new[] { new { description = "Panier", quantity = 1, unitPrice = 30m, vatRatePercent = 5.5m } },
            schedule = new { unit = "Month", interval = 1, anchor = start.ToString("yyyy-MM-dd") },
            start = start.ToString("yyyy-MM-dd"),
        });

        // Three runs at once: each sees the three subscriptions due; only one pause, one alert.
        var ids = await Task.WhenAll(runs.StartAsync(), runs.StartAsync(), runs.StartAsync());
        var reports = new List<JsonElement>();
        foreach (var id in ids)
        {
            reports.Add(await runs.WaitAsync(id, TimeSpan.FromMinutes(3)));
        }

        var later = await runs.RunAsync();
        var issued = await runs.IssuedAsync(key, 2, TimeSpan.FromMinutes(2));
        var alerts = await AlertsAsync(TimeSpan.FromSeconds(30));
        var broken = await app.OkAsync(key, "api/companies/acme/subscriptions/broken");
        var paused = (await app.OkAsync(key, "api/companies/acme/subscriptions?status=Paused")).GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        var events = (await app.OkAsync(key, "api/companies/acme/events?pageSize=1000")).GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "subscription.paused").ToList();

        Assert.Equal(2, issued.Count);
        // The refused period keeps its one draft (claimed once by the three runs), never issued.
        var all = await runs.InvoicesAsync(key);
        Assert.Equal(2, all.Count(i => i.GetProperty("status").GetString() != "Draft"));
        Assert.True(all.Count(i => i.GetProperty("status").GetString() == "Draft") <= 1, "one draft at most for the refused period");
        Assert.Equal("Paused", broken.GetProperty("status").GetString());
        var reason = broken.GetProperty("pausedReason").GetString()!;
        Assert.Contains("FR-02", reason, StringComparison.Ordinal);
        Assert.Equal(["broken"], paused);
        Assert.Contains(reports, r => r.GetProperty("failures").EnumerateArray().Any(f => f.GetString()!.StartsWith("acme/broken: ", StringComparison.Ordinal)));
        Assert.Empty(later.GetProperty("failures").EnumerateArray());
        var alert = Assert.Single(alerts);
        Assert.Contains("broken", alert.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Contains("FR-02", alert.GetProperty("text").GetString(), StringComparison.Ordinal);
        var feed = Assert.Single(events);
        Assert.Equal("broken", feed.GetProperty("invoiceId").GetString());
        Assert.Equal(reason, feed.GetProperty("detail").GetString());
    }

    /// <summary>The mails to the company's billing address, once MailDev has had time to receive a late duplicate.</summary>
    private async Task<List<JsonElement>> AlertsAsync(TimeSpan settle)
    {
        List<JsonElement> ToCompany(IEnumerable<JsonElement> mails) =>
            mails.Where(m => m.GetProperty("to").EnumerateArray().Any(t => t.GetProperty("address").GetString() == "factures@atelier-durand.fr")).ToList();
        await Eventually.HoldsAsync(async () => ToCompany(await mail.EmailsAsync()).Count > 0, TimeSpan.FromMinutes(1), "the alert reaches MailDev");
        await Task.Delay(settle);
        return ToCompany(await mail.EmailsAsync());
    }
}
