using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using InvoiceFunctions.App.Tests.EndToEnd.Delivery;
using InvoiceFunctions.App.Tests.EndToEnd.Intake;

namespace InvoiceFunctions.App.Tests.EndToEnd.Dunning;

/// <summary>
/// Per-customer dunning through the local host: a named policy and the customer's language, an excluded customer, a reminder
/// that bounces (the dunning holds and alerts the company until the address is corrected), and an imported sales invoice
/// long past due (its dunning starts by itself; the stale steps are skipped, only the latest is sent).
/// </summary>
public sealed class DunningCustomerTests(DunningCompany fixture) : IClassFixture<DunningCompany>
{
    [Fact]
    public async Task NamedPolicyAndEnglish_ForOneCustomer_ExcludedCustomerGetsNothing()
    {
        var terms = await fixture.App.SendAsync(HttpMethod.Put, $"api/companies/{DunningCompany.Company}/contacts/martin/dunning", fixture.Key, new { policy = "brief" });
        var unknown = await fixture.App.SendAsync(HttpMethod.Put, $"api/companies/{DunningCompany.Company}/contacts/martin/dunning", fixture.Key, new { policy = "nope" });
        var (id, number) = await fixture.IssueAsync("martin");
        var (excludedId, excludedNumber) = await fixture.IssueAsync("excluded");

        var done = await fixture.WhenAsync(id, d => DunningApp.Status(d) == "Completed", "martin's dunning completes");
        var excluded = await fixture.WhenAsync(excludedId, d => DunningApp.Status(d) == "Completed", "the excluded customer's dunning stops", 30);
        await Task.Delay(DunningApp.DayLength * 2);

        Assert.Equal("brief", (await ProductApp.ExpectAsync(HttpStatusCode.OK, terms)).GetProperty("preferences").GetProperty("dunning").GetProperty("policy").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(["preduenotice Sent", "reminder-1 Sent"], DunningApp.Steps(done));
        Assert.Equal([$"Invoice {number} falls due soon", $"Reminder: invoice {number} is unpaid"], (await fixture.Dunning.MailsAsync(number)).Select(m => m.GetProperty("subject").GetString()));
        Assert.Equal("customer excluded from dunning", excluded.GetProperty("outcome").GetString());
        Assert.Empty(DunningApp.Steps(excluded));
        Assert.Empty(await fixture.Dunning.MailsAsync(excludedNumber));
    }

    [Fact]
    public async Task ReminderBounces_DunningHoldsAndAlertsTheCompany_CorrectedAddressGetsTheRest()
    {
        var (id, number) = await fixture.IssueAsync("bouncy");
        var first = await fixture.WhenAsync(id, d => DunningApp.Steps(d).SequenceEqual(["preduenotice Sent"]), "the pre-due notice is sent");
        var messageId = first.GetProperty("steps")[0].GetProperty("messageId").GetString()!;
        var path = $"api/companies/{DunningCompany.Company}/invoices/{id}/dunning/correction";
        var tooEarly = await fixture.App.SendAsync(HttpMethod.Post, path, fixture.Key, new { email = "paiements@rebond.example" });

        var reports = new BlobContainerClient(fixture.App.Azurite.ConnectionString, "delivery-reports");
        await reports.UploadBlobAsync($"dsn-{id}.eml", BinaryData.FromString(BounceTests.Dsn(messageId, number).Replace("compta@brasserie.example", "compta@rebond.example", StringComparison.Ordinal)));
        var held = await fixture.WhenAsync(id, d => DunningApp.Progress(d) == "Paused", "the bounce holds the dunning", 60);
        await Task.Delay(DunningApp.DayLength * 9); // past every later step of the plan
        var mailsWhileHeld = await RemindersAsync(number);
        var corrected = await fixture.App.SendAsync(HttpMethod.Post, path, fixture.Key, new { email = "paiements@rebond.example" });
        var done = await fixture.WhenAsync(id, d => DunningApp.Status(d) == "Completed", "the dunning goes on to the corrected address");
        var mails = await RemindersAsync(number);
        var alerts = (await fixture.Dunning.Delivery.Mail.EmailsAsync()).Where(m => m.GetProperty("subject").GetString() == $"Relance non distribuée : facture {number}").ToList();

        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, corrected.StatusCode);
        Assert.Contains("preduenotice bounced at compta@rebond.example", held.GetProperty("progress").GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single(mailsWhileHeld);
        Assert.Equal(["preduenotice Bounced", "reminder-1 Sent", "reminder-2 Sent", "firmreminder Sent"], DunningApp.Steps(done));
        Assert.Equal(["compta@rebond.example", "paiements@rebond.example", "paiements@rebond.example", "paiements@rebond.example"], mails.Select(DunningCompany.To));
        var alert = Assert.Single(alerts);
        Assert.Equal("factures@atelier-durand.fr", DunningCompany.To(alert));
        Assert.Contains("5.1.1", alert.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Single(await fixture.HistoryAsync(id), e => e.GetProperty("type").GetString() == "Bounced"
            && e.GetProperty("detail").GetString()!.StartsWith($"dunning-{DunningCompany.Company}-{id}:preduenotice DSN 5.1.1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportedSalesInvoiceLongPastDue_StartsItsDunning_StaleStepsSkippedOnlyTheLatestSentWithPaymentLinkQrAndStatement()
    {
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10);
        var number = $"EXT-{Guid.NewGuid():N}"[..16];
        var batch = JsonSerializer.Serialize(new
        {
            invoices = new[]
            {
                new
                {
                    number, issueDate = due.AddDays(-30).ToString("yyyy-MM-dd"), dueDate = due.ToString("yyyy-MM-dd"), customer = new { id = "bouncy" },
                    lines = new[] { new { name = "Maintenance", quantity = 1, unitPrice = 1000, vatRate = 20 } },
                },
            },
        });

        var imported = await ProductApp.ExpectAsync(
            HttpStatusCode.OK, await IntakeRequests.ImportAsync(fixture.App, fixture.Key, DunningCompany.Company, Encoding.UTF8.GetBytes(batch), "import-1", "old.json"));
        var id = imported.GetProperty("items")[0].GetProperty("invoiceId").GetString()!;
        var daysLate = ParisToday().DayNumber - due.DayNumber;
        var done = await fixture.WhenAsync(id, d => DunningApp.Status(d) == "Completed", "the imported invoice's dunning runs");
        await Task.Delay(DunningApp.DayLength * 2);

        Assert.Equal(["preduenotice Skipped", "reminder-1 Skipped", "reminder-2 Skipped", "firmreminder Sent"], DunningApp.Steps(done));
        var mail = Assert.Single(await fixture.Dunning.MailsAsync(number));
        Assert.Equal($"Relance ferme : facture {number} impayée", mail.GetProperty("subject").GetString());
        var text = mail.GetProperty("text").GetString()!;
        Assert.Contains($"impayée depuis {daysLate} jour(s)", text, StringComparison.Ordinal);
        Assert.Contains($"Payer en ligne : https://pay.atelier-durand.fr/{number}?rf=RF", text, StringComparison.Ordinal);
        Assert.Contains($"Relevé de compte, vos factures ouvertes :\n- {number}, échéance {due:dd/MM/yyyy} : 1\u202f200,00 EUR", text, StringComparison.Ordinal);
        Assert.Contains("le QR code joint (virement-sepa.png)", text, StringComparison.Ordinal);
        Assert.Equal(2, mail.GetProperty("attachments").GetArrayLength());
        var qr = mail.GetProperty("attachments")[1];
        Assert.Equal(("virement-sepa.png", "image/png"), (qr.GetProperty("filename").GetString(), qr.GetProperty("contentType").GetString()));
        var letter = (await fixture.Dunning.LetterAsync(mail))!.Value;
        Assert.Equal($"relance-{number}-firmreminder.pdf", letter.FileName);
        Assert.Matches($@"DERNIÈRE RELANCE .*{number} .*\b{daysLate} 1 200,00 € .*Total dû 1 2\d\d,\d\d €", letter.Text);
        var png = await fixture.Dunning.Delivery.Mail.AttachmentAsync(mail.GetProperty("id").GetString()!, qr.GetProperty("generatedFileName").GetString()!);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
    }

    [Fact]
    public async Task DailyDigest_StepsOfTheDayAndInvoicesThatBecameOverdue_MailedToTheCompanyOncePerDay()
    {
        var today = ParisToday();
        var (_, overdueNumber) = await fixture.IssueAsync("excluded", today.AddDays(-1).DayNumber - DateOnly.FromDateTime(DateTime.UtcNow).DayNumber);
        var (id, number) = await fixture.IssueAsync("bouncy");
        await fixture.WhenAsync(id, d => DunningApp.Steps(d).Contains("preduenotice Sent"), "the pre-due notice is sent");
        var path = $"api/companies/{DunningCompany.Company}/dunning/digest";

        var digest = await fixture.App.OkAsync(fixture.Key, path, new { day = today.ToString("yyyy-MM-dd") });
        var again = await fixture.App.OkAsync(fixture.Key, path, new { day = today.ToString("yyyy-MM-dd") });
        await Task.Delay(TimeSpan.FromSeconds(2));
        var mails = (await fixture.Dunning.Delivery.Mail.EmailsAsync()).Where(m => m.GetProperty("subject").GetString()!.StartsWith($"Relances du {today:dd/MM/yyyy}", StringComparison.Ordinal)).ToList();

        Assert.Equal("factures@atelier-durand.fr", digest.GetProperty("sentTo").GetString());
        Assert.True(digest.GetProperty("becameOverdue").GetInt32() >= 1);
        Assert.True(digest.GetProperty("steps").GetInt32() >= 1);
        Assert.Equal(
            (digest.GetProperty("steps").GetInt32(), digest.GetProperty("becameOverdue").GetInt32(), "factures@atelier-durand.fr"),
            (again.GetProperty("steps").GetInt32(), again.GetProperty("becameOverdue").GetInt32(), again.GetProperty("sentTo").GetString()));
        var mail = Assert.Single(mails);
        var text = mail.GetProperty("text").GetString()!;
        Assert.Contains($"- {overdueNumber} (excluded) : 1\u202f200,00 EUR", text, StringComparison.Ordinal);
        Assert.Contains($"- {number} preduenotice Sent", text, StringComparison.Ordinal);
    }

    private static DateOnly ParisToday() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);

    /// <summary>The mails to the customer about the invoice (not the alerts to the company).</summary>
    private async Task<IReadOnlyList<JsonElement>> RemindersAsync(string number) =>
        [.. (await fixture.Dunning.MailsAsync(number)).Where(m => DunningCompany.To(m) != "factures@atelier-durand.fr")];
}
