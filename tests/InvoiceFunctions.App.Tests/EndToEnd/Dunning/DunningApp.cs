using System.Net;
using System.Text.Json;
using InvoiceFunctions.App.Tests.EndToEnd.Delivery;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Dunning;

/// <summary>
/// The delivery app (local host, Azurite, MailDev) with dunning on and one plan day lasting <see cref="DayLength"/>, and a
/// short policy: a notice the day before the due date, reminders 1 and 2 days after, a firm reminder 3 days after with
/// late-payment interest (12.15 %) and the recovery indemnity (customer "fr1" is no business: interest only).
/// </summary>
public sealed class DunningApp : IAsyncLifetime
{
    public static readonly TimeSpan DayLength = TimeSpan.FromSeconds(2);

    /// <summary>The steps of <see cref="ShortPolicy"/> for an invoice due in 2 days, in order.</summary>
    public static readonly string[] PlannedSteps = ["preduenotice", "reminder-1", "reminder-2", "firmreminder"];

    public static readonly object ShortPolicy = Short("short");

    /// <summary><see cref="ShortPolicy"/>'s steps under another name, with a payment link for the mails.</summary>
    public static object Short(string name, string? paymentLink = null) => new
    {
        name,
        steps = new object[] { new { kind = "PreDueNotice", daysFromDue = -1 }, new { kind = "FirmReminder", daysFromDue = 3, chargesInterest = true, chargesRecoveryIndemnity = true } },
        reminders = new { firstDaysAfterDue = 1, everyDays = 1, maxCount = 2 },
        skipWeekends = false,
        annualInterestRatePercent = 12.15m,
        recoveryIndemnity = 40m,
        paymentLink,
    };

    public DunningApp(Dictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string> { ["Dunning__Enabled"] = "true", ["Dunning__DayLength"] = DayLength.ToString("c") };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        Delivery = new DeliveryApp(all);
    }

    public DeliveryApp Delivery { get; }

    public ProductApp App => Delivery.App;

    public string Key => Delivery.Key;

    public async Task InitializeAsync()
    {
        await Delivery.InitializeAsync();
        await App.ExpectOkAsync(HttpMethod.Put, $"api/companies/{DeliveryApp.Company}/dunning/policy", Key, ShortPolicy);
    }

    public Task DisposeAsync() => Delivery.DisposeAsync();

    /// <summary>Records and issues a sales invoice of 1 200.00 EUR to "fr1", due in <paramref name="dueInDays"/> days: its dunning starts.</summary>
    public Task<(string Id, string Number)> IssueAsync(int dueInDays = 2) => IssueAsync(DeliveryApp.Company, Key, "fr1", dueInDays);

    /// <summary>Records and issues a sales invoice of 1 200.00 EUR of <paramref name="company"/> to <paramref name="customer"/>: its dunning starts.</summary>
    public async Task<(string Id, string Number)> IssueAsync(string company, string key, string customer, int dueInDays)
    {
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(dueInDays);
        var draft = await App.CreatedAsync(key, $"api/companies/{company}/invoices", new
        {
            direction = "Sales", counterpartyId = customer, currency = "EUR", taxExclusive = 1000, tax = 200, taxInclusive = 1200, dueDate = due.ToString("yyyy-MM-dd"),
        });
        var id = draft.GetProperty("id").GetString()!;
        var number = (await App.OkAsync(key, $"api/companies/{company}/invoices/{id}/issue", new { series = "F" })).GetProperty("number").GetString()!;
        return (id, number);
    }

    /// <summary>Customer "post1" of company acme: an e-mail address and a postal address (for postal steps and re-sends).</summary>
    public Task<JsonElement> AddPostalCustomerAsync() => App.CreatedAsync(Key, $"api/companies/{DeliveryApp.Company}/contacts", new
    {
        id = "post1", role = "Customer", name = "Boulangerie Martin SARL", email = "compta@boulangerie-martin.example", countryCode = "FR",
        address = new { line1 = "3 place du Marché", city = "Villeurbanne", postCode = "69100" },
    });

    public async Task<JsonElement> DunningAsync(string id, string company = DeliveryApp.Company, string? key = null)
    {
        var response = await ReadDunningAsync(id, company, key);
        // Right after a restart the Durable engine may not answer yet (503) or answer slowly while it takes over the
        // killed host's partitions (no answer within the client's 30 s): asked again for up to two minutes more.
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (response?.StatusCode is null or HttpStatusCode.ServiceUnavailable && DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            response = await ReadDunningAsync(id, company, key);
        }

        Assert.NotNull(response);
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {App.Host.Output[^Math.Min(App.Host.Output.Length, 6000)..]}");
        return await ProductApp.ExpectAsync(HttpStatusCode.OK, response);
    }

    private async Task<HttpResponseMessage?> ReadDunningAsync(string id, string company, string? key)
    {
        try
        {
            return await App.SendAsync(HttpMethod.Get, $"api/companies/{company}/invoices/{id}/dunning", key ?? Key);
        }
        catch (TaskCanceledException ex) when (ex.InnerException is TimeoutException)
        {
            return null;
        }
    }

    public async Task<JsonElement> DunningWhenAsync(string id, Func<JsonElement, bool> condition, string what, int seconds = 90, string company = DeliveryApp.Company, string? key = null)
    {
        JsonElement last = default;
        await Eventually.HoldsAsync(async () => condition(last = await DunningAsync(id, company, key)), TimeSpan.FromSeconds(seconds), what);
        return last;
    }

    /// <summary>The reminders MailDev received for the invoice, oldest first.</summary>
    public async Task<IReadOnlyList<JsonElement>> MailsAsync(string number) =>
        [.. (await Delivery.Mail.EmailsAsync()).Where(m => m.GetProperty("subject").GetString()!.Contains(number, StringComparison.Ordinal))];

    /// <summary>The reminder letter attached to a mail (its file name and the words PdfPig reads in it), or null when it has none.</summary>
    public async Task<(string FileName, string Text)?> LetterAsync(JsonElement mail)
    {
        var pdf = mail.GetProperty("attachments").EnumerateArray().FirstOrDefault(a => a.GetProperty("contentType").GetString() == "application/pdf");
        if (pdf.ValueKind == JsonValueKind.Undefined)
        {
            return null;
        }

        var bytes = await Delivery.Mail.AttachmentAsync(mail.GetProperty("id").GetString()!, pdf.GetProperty("generatedFileName").GetString()!);
        return (pdf.GetProperty("filename").GetString()!, Support.PdfWords.Text(bytes));
    }

    public async Task<JsonElement> PayAsync(string invoiceId, decimal amount) =>
        await App.CreatedAsync(Key, $"api/companies/{DeliveryApp.Company}/payments", new
        {
            amount,
            currency = "EUR",
            date = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
            method = "Transfer",
            partyId = "fr1",
            allocations = new[] { new { invoiceId, amount } },
        });

    public async Task LifecycleAsync(string invoiceId, int code) =>
        await ProductApp.ExpectAsync(HttpStatusCode.OK, await App.SendAsync(HttpMethod.Post, $"api/companies/{DeliveryApp.Company}/invoices/{invoiceId}/lifecycle", Key, new { code }));

    public static int StepCount(JsonElement dunning) => dunning.GetProperty("steps").GetArrayLength();

    public static string Status(JsonElement dunning) => dunning.GetProperty("status").GetString()!;

    /// <summary>The progress's state (Waiting, Paused, Retrying, Stopped), if any.</summary>
    public static string? Progress(JsonElement dunning) =>
        dunning.TryGetProperty("progress", out var progress) && progress.ValueKind == JsonValueKind.Object ? progress.GetProperty("state").GetString() : null;

    /// <summary>The steps' keys and states, in order ("reminder-1 Sent").</summary>
    public static IEnumerable<string> Steps(JsonElement dunning) =>
        dunning.GetProperty("steps").EnumerateArray().Select(s => $"{s.GetProperty("step").GetString()} {s.GetProperty("state").GetString()}");
}
