using System.Net;
using System.Text.Json;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>Dunning policies and previews, subscription previews: through the local host on Azurite.</summary>
public sealed class DunningAndRecurringApiTests : IAsyncLifetime
{
    private readonly ProductApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task DunningPolicy_FrenchDefaultThenTheCompanysOwn_PreviewFollowsIt()
    {
        var (key, _) = await app.CompanyAsync("acme");
        var invoice = new { dueDate = "2027-03-31", amountDue = 1200.00m, currencyCode = "EUR", businessCustomer = true };

        var defaultPolicy = await app.OkAsync(key, "api/companies/acme/dunning/policy");
        var defaultPreview = await app.OkAsync(key, "api/companies/acme/dunning/preview", invoice);

        Assert.Equal("fr-default", defaultPolicy.GetProperty("name").GetString());
        Assert.Equal(12.15m, defaultPolicy.GetProperty("annualInterestRatePercent").GetDecimal()); // ECB 2.15 + 10 points
        Assert.Equal(
            ["2027-03-26", "2027-04-01", "2027-04-08", "2027-04-15", "2027-04-30", "2027-05-17", "2027-05-31"],
            Steps(defaultPreview).Select(s => s.GetProperty("date").GetString()));
        // 1200.00 x 12.15 % x 47 days / 365 = 18.774... -> 18.77, plus the 40 EUR indemnity.
        Assert.Equal(58.77m, defaultPreview.GetProperty("totalFees").GetDecimal());

        var strict = new
        {
            name = "strict",
            steps = new object[] { new { kind = "FormalNotice", daysFromDue = 20, channel = "Postal", chargesInterest = true, chargesRecoveryIndemnity = true } },
            reminders = new { firstDaysAfterDue = 3, everyDays = 5, maxCount = 2 },
            skipWeekends = false,
            annualInterestRatePercent = 10m,
        };
        await app.ExpectOkAsync(HttpMethod.Put, "api/companies/acme/dunning/policy", key, strict);
        var saved = await app.OkAsync(key, "api/companies/acme/dunning/policy");
        var preview = await app.OkAsync(key, "api/companies/acme/dunning/preview", invoice);

        Assert.Equal("strict", saved.GetProperty("name").GetString());
        Assert.Equal(
            [("reminder-1", "2027-04-03"), ("reminder-2", "2027-04-08"), ("formalnotice", "2027-04-20")],
            Steps(preview).Select(s => (s.GetProperty("key").GetString(), s.GetProperty("date").GetString())));
        // 1200.00 x 10 % x 20 / 365 = 6.575... -> 6.58
        Assert.Equal(6.58m, Steps(preview)[^1].GetProperty("interest").GetDecimal());
    }

    [Fact]
    public async Task DunningPolicy_InvalidWrongRoleOrOtherCompany_IsRefused()
    {
        var (acmeKey, _) = await app.CompanyAsync("acme");
        var (globexKey, _) = await app.CompanyAsync("globex");
        var (readerKey, _) = await app.KeyAsync("acme", "Reader");
        var invalid = new
        {
            name = "",
            steps = new object[] { new { kind = "PreDueNotice", daysFromDue = 3 } },
            reminders = new { firstDaysAfterDue = 1, everyDays = 0, maxCount = 3 },
            annualInterestRatePercent = 150m,
            onBounce = "PostalAfterDays", // without onBounceDays
        };
        var valid = new { name = "ok", steps = Array.Empty<object>(), annualInterestRatePercent = 12m };

        var problem = await ProductApp.ExpectAsync(HttpStatusCode.BadRequest, await app.SendAsync(HttpMethod.Put, "api/companies/acme/dunning/policy", acmeKey, invalid));
        await ProductApp.ExpectAsync(HttpStatusCode.Forbidden, await app.SendAsync(HttpMethod.Put, "api/companies/acme/dunning/policy", readerKey, valid));
        await ProductApp.ExpectAsync(HttpStatusCode.NotFound, await app.SendAsync(HttpMethod.Get, "api/companies/acme/dunning/policy", globexKey));
        await ProductApp.ExpectAsync(HttpStatusCode.NotFound, await app.SendAsync(HttpMethod.Post, "api/companies/acme/dunning/preview", globexKey, new { dueDate = "2027-03-31", amountDue = 1 }));

        Assert.Equal(
            ["annualInterestRatePercent", "name", "onBounceDays", "reminders", "steps[0].daysFromDue"],
            problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).Order());

        // A webhook connector named by a step must exist at the company (another kind by that id does not count).
        var naming = new
        {
            name = "hooks",
            steps = new object[] { new { kind = "FirmReminder", daysFromDue = 9, channel = "Webhook", connector = "crm" } },
            reminders = new { firstDaysAfterDue = 1, everyDays = 7, maxCount = 1, channel = "Webhook", connector = "dms" },
            annualInterestRatePercent = 12m,
        };
        await app.CreatedAsync(acmeKey, "api/companies/acme/connectors", new { id = "dms", kind = "Http", url = "https://dms.example/export/", method = "PUT", formats = new[] { "Pdf" } });
        var unknown = await ProductApp.ExpectAsync(HttpStatusCode.BadRequest, await app.SendAsync(HttpMethod.Put, "api/companies/acme/dunning/policy", acmeKey, naming));
        Assert.Equal(
            [("reminders.connector", "The company has no webhook connector 'dms' (see /connectors)."), ("steps[0].connector", "The company has no webhook connector 'crm' (see /connectors).")],
            unknown.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("path").GetString(), e.GetProperty("message").GetString())).Order());
        Assert.Equal("fr-default", (await app.OkAsync(acmeKey, "api/companies/acme/dunning/policy")).GetProperty("name").GetString());

        await app.CreatedAsync(acmeKey, "api/companies/acme/connectors", new { id = "crm", kind = "Webhook", url = "https://crm.example/hooks", secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", formats = new[] { "FacturX" } });
        await app.ExpectOkAsync(HttpMethod.Put, "api/companies/acme/dunning/policy", acmeKey, naming with { reminders = naming.reminders with { connector = "crm" } });
        Assert.Equal("hooks", (await app.OkAsync(acmeKey, "api/companies/acme/dunning/policy")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task SubscriptionPreview_MonthlyFrom31st_InvoiceDatesAndRunsInTheCompanysTimeZone()
    {
        var (key, _) = await app.CompanyAsync("acme");

        var preview = await app.OkAsync(key, "api/companies/acme/subscriptions/preview", new
        {
            schedule = new { unit = "Month", interval = 1, anchor = "2027-01-31" },
            start = "2027-01-31",
            count = 4,
            timeZone = "Europe/Paris",
            runAt = "06:00:00",
        });
        var invalid = await app.SendAsync(HttpMethod.Post, "api/companies/acme/subscriptions/preview", key, new
        {
            schedule = new { unit = "Month", interval = 0, anchor = "2027-01-31" },
            start = "2027-01-31",
            timeZone = "Mars/Olympus",
        });

        var periods = preview.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"], periods.Select(p => p.GetProperty("invoiceDate").GetString()));
        Assert.Equal("2027-02-27", periods[0].GetProperty("lastDay").GetString());
        // 06:00 in Paris: 05:00 UTC in winter, 04:00 UTC in summer time.
        Assert.Equal(DateTimeOffset.Parse("2027-02-28T05:00:00Z"), periods[1].GetProperty("runsAt").GetDateTimeOffset());
        Assert.Equal(DateTimeOffset.Parse("2027-03-31T04:00:00Z"), periods[2].GetProperty("runsAt").GetDateTimeOffset());
        var problem = await ProductApp.ExpectAsync(HttpStatusCode.BadRequest, invalid);
        Assert.Equal(["schedule.interval", "timeZone"], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).Order());
    }

    private static List<JsonElement> Steps(JsonElement preview) => preview.GetProperty("steps").EnumerateArray().ToList();
}
