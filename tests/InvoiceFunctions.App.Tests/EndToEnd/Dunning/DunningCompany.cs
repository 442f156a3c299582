using System.Text.Json;

namespace InvoiceFunctions.App.Tests.EndToEnd.Dunning;

/// <summary>
/// One host (local host, Azurite, MailDev, plan day = 2 s) shared by a class's tests, with company "dunco" made by
/// <see cref="SalesSetup.FrenchCompanyAsync"/> (billing e-mail factures@atelier-durand.fr for alerts; customer "martin"
/// prefers English) on <see cref="DunningApp.ShortPolicy"/>'s steps with a payment link, a named policy "brief" (a notice the day before the due date
/// and one reminder the day after) and customers "excluded" (no dunning) and "bouncy" (French, on the named policy "spaced").
/// </summary>
public sealed class DunningCompany : IAsyncLifetime
{
    public const string Company = "dunco";

    public static readonly object Policy = DunningApp.Short("short-pay", "https://pay.atelier-durand.fr/{number}?rf={reference}");

    /// <summary>For "bouncy": the short policy's step keys with 6 plan days between the notice and the first reminder, so a DSN lands in between even on a loaded machine.</summary>
    public static readonly object SpacedPolicy = new
    {
        name = "spaced",
        steps = new object[] { new { kind = "PreDueNotice", daysFromDue = -1 }, new { kind = "FirmReminder", daysFromDue = 7 } },
        reminders = new { firstDaysAfterDue = 5, everyDays = 1, maxCount = 2 },
        skipWeekends = false,
        annualInterestRatePercent = 12.15m,
        paymentLink = "https://pay.atelier-durand.fr/{number}?rf={reference}",
    };

    public static readonly object BriefPolicy = new
    {
        name = "brief",
        steps = new object[] { new { kind = "PreDueNotice", daysFromDue = -1 } },
        reminders = new { firstDaysAfterDue = 1, everyDays = 1, maxCount = 1 },
        skipWeekends = false,
        annualInterestRatePercent = 12.15m,
    };

    public DunningApp Dunning { get; } = new();

    public ProductApp App => Dunning.App;

    public string Key { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await Dunning.InitializeAsync();
        Key = await SalesSetup.FrenchCompanyAsync(App, Company);
        await App.ExpectOkAsync(HttpMethod.Put, $"api/companies/{Company}/dunning/policy", Key, Policy);
        await App.ExpectOkAsync(HttpMethod.Put, $"api/companies/{Company}/dunning/policies/brief", Key, BriefPolicy);
        await App.ExpectOkAsync(HttpMethod.Put, $"api/companies/{Company}/dunning/policies/spaced", Key, SpacedPolicy);
        await App.CreatedAsync(Key, $"api/companies/{Company}/contacts", new
        {
            id = "excluded", role = "Customer", name = "Client Ami SARL", email = "compta@ami.example", countryCode = "FR", preferences = new { dunning = new { excluded = true } },
        });
        await App.CreatedAsync(Key, $"api/companies/{Company}/contacts", new
        {
            id = "bouncy", role = "Customer", name = "Rebond SARL", email = "compta@rebond.example", countryCode = "FR", preferences = new { dunning = new { policy = "spaced" } },
        });
    }

    public Task DisposeAsync() => Dunning.DisposeAsync();

    public Task<(string Id, string Number)> IssueAsync(string customer, int dueInDays = 2) => Dunning.IssueAsync(Company, Key, customer, dueInDays);

    public Task<JsonElement> WhenAsync(string id, Func<JsonElement, bool> condition, string what, int seconds = 90) =>
        Dunning.DunningWhenAsync(id, condition, what, seconds, Company, Key);

    public async Task<IReadOnlyList<JsonElement>> HistoryAsync(string id) =>
        [.. (await App.OkAsync(Key, $"api/companies/{Company}/invoices/{id}/history")).GetProperty("items").EnumerateArray()];

    public static string To(JsonElement mail) => mail.GetProperty("to")[0].GetProperty("address").GetString()!;
}
