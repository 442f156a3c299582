using System.Text.Json;
using Azure.Storage.Blobs;
using InvoiceFunctions.App.Tests.EndToEnd.Delivery;
using InvoiceFunctions.App.Tests.Support;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Dunning;

/// <summary>
/// A policy that goes postal on a bounce (<c>onBounce: Postal</c>) and a company with two webhook connectors and two export
/// connectors (SFTP, HTTP), through the local host: the pre-due notice bounces (a DSN in container delivery-reports), is re-sent
/// once as a letter to the print provider (a real sshd) under <c>{instance}:preduenotice:postal</c>, the later e-mail step goes
/// by post too; the webhook reminder reaches both webhooks, the collection step the one it names; the collection file reaches
/// every export connector (another sshd, a loopback HTTP receiver), each once under <c>{instance}:collection:{connector}</c>.
/// </summary>
public sealed class DunningHandOffTests : IAsyncLifetime
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private readonly DunningApp dunning = new(new Dictionary<string, string> { ["Connectors__AllowLoopback"] = "true" });
    private readonly LoopbackReceiver receiver = new();
    private OpenSshServer printer = null!;
    private OpenSshServer archive = null!;

    public async Task InitializeAsync()
    {
        printer = await OpenSshServer.StartAsync();
        archive = await OpenSshServer.StartAsync();
        await dunning.InitializeAsync();
        var (app, key) = (dunning.App, dunning.Key);
        await dunning.AddPostalCustomerAsync();
        await app.CreatedAsync(key, "api/companies/acme/connectors", new { id = "crm", kind = "Webhook", url = receiver.Url + "/hooks/crm", secret = Secret, formats = new[] { "FacturX" } });
        await app.CreatedAsync(key, "api/companies/acme/connectors", new { id = "erp", kind = "Webhook", url = receiver.Url + "/hooks/erp", secret = Secret, formats = new[] { "FacturX" } });
        await app.CreatedAsync(key, "api/companies/acme/connectors", new { id = "dms", kind = "Http", url = receiver.Url + "/export/", method = "PUT", formats = new[] { "Pdf" } });
        await app.CreatedAsync(key, "api/companies/acme/connectors", Sftp("print", printer, printProvider: true));
        await app.CreatedAsync(key, "api/companies/acme/connectors", Sftp("archive", archive, printProvider: false));
        // After the connectors: a policy naming a webhook connector the company lacks is refused.
        await app.ExpectOkAsync(HttpMethod.Put, "api/companies/acme/dunning/policy", key, new
        {
            name = "postal-on-bounce",
            steps = new object[]
            {
                new { kind = "PreDueNotice", daysFromDue = -1 },
                new { kind = "FirmReminder", daysFromDue = 9 }, // well after the DSN is handled
                new { kind = "Collection", daysFromDue = 10, channel = "Webhook", connector = "crm" }, // that webhook only
            },
            reminders = new { firstDaysAfterDue = 1, everyDays = 1, maxCount = 1, channel = "Webhook" },
            skipWeekends = false,
            annualInterestRatePercent = 12.15m,
            onBounce = "Postal",
        });
    }

    public async Task DisposeAsync()
    {
        receiver.Dispose();
        await dunning.DisposeAsync();
        await printer.DisposeAsync();
        await archive.DisposeAsync();
    }

    [Fact]
    public async Task BouncedNoticeGoesPostalOnce_WebhookStepToEveryWebhookOrTheNamedOne_CollectionFileToEveryExportConnectorOnce()
    {
        var (id, number) = await dunning.IssueAsync("acme", dunning.Key, "post1", 2);
        var instance = $"dunning-acme-{id}";
        var first = await dunning.DunningWhenAsync(id, d => DunningApp.Steps(d).Contains("preduenotice Sent"), "the pre-due notice is sent");
        var messageId = first.GetProperty("steps")[0].GetProperty("messageId").GetString()!;
        var reports = new BlobContainerClient(dunning.App.Azurite.ConnectionString, "delivery-reports");
        await reports.UploadBlobAsync($"dsn-{id}.eml", BinaryData.FromString(BounceTests.Dsn(messageId, number).Replace("compta@brasserie.example", "compta@boulangerie-martin.example", StringComparison.Ordinal)));

        var done = await dunning.DunningWhenAsync(id, d => DunningApp.Status(d) == "Completed", "the dunning completes", 120);
        await Task.Delay(DunningApp.DayLength * 2);
        var steps = done.GetProperty("steps").EnumerateArray().ToList();
        var deliveries = done.GetProperty("deliveries").EnumerateArray().Select(d => $"{d.GetProperty("key").GetString()} {d.GetProperty("state").GetString()}").Order(StringComparer.Ordinal);
        var printed = Directory.GetFiles(printer.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var exported = Directory.GetFiles(archive.Folder).Select(Path.GetFileName).ToList();
        var hooks = receiver.Requests.Where(r => r.Path.StartsWith("/hooks/", StringComparison.Ordinal)).Select(r => $"{r.Path} {r.Headers["webhook-id"]}").Order(StringComparer.Ordinal);
        var puts = receiver.Requests.Where(r => r.Path.StartsWith("/export/", StringComparison.Ordinal)).ToList();
        var history = await dunning.Delivery.HistoryAsync(id);
        var zip = await (await dunning.App.SendAsync(HttpMethod.Get, $"api/companies/acme/invoices/{id}/dunning/collection", dunning.Key)).Content.ReadAsByteArrayAsync();

        // The bounce: the notice again by post, once; the later e-mail step (firm reminder) by post too; one mail to the customer.
        Assert.Equal(["preduenotice Bounced", "preduenotice:postal Sent", "reminder-1 Sent", "firmreminder Sent", "collection Sent"], DunningApp.Steps(done));
        Assert.Equal(["Email", "Postal", "Webhook", "Postal", "Webhook"], steps.Select(s => s.GetProperty("channel").GetString()));
        Assert.Equal($"{instance}:preduenotice:postal", steps[1].GetProperty("key").GetString());
        Assert.Single(await dunning.MailsAsync(number), m => m.GetProperty("to")[0].GetProperty("address").GetString() == "compta@boulangerie-martin.example");
        Assert.Equal(
            [$"relance-{number}-firmreminder.address.pdf", $"relance-{number}-firmreminder.pdf", $"relance-{number}-preduenotice-postal.address.pdf", $"relance-{number}-preduenotice-postal.pdf"],
            printed);
        Assert.Matches("Boulangerie Martin SARL .*3 place du Marché .*69100 VILLEURBANNE", PdfWords.Text(await File.ReadAllBytesAsync(Path.Combine(printer.Folder, printed[2]!))));
        Assert.Contains(number, PdfWords.Text(await File.ReadAllBytesAsync(Path.Combine(printer.Folder, printed[3]!))), StringComparison.Ordinal);
        Assert.Single(history, e => e.GetProperty("type").GetString() == "Bounced");
        var resent = Assert.Single(history, e => e.GetProperty("detail").GetString()!.StartsWith($"{instance}:preduenotice:postal ", StringComparison.Ordinal));
        Assert.Equal("Reminded", resent.GetProperty("type").GetString());
        Assert.EndsWith("by Postal", resent.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Every webhook gets the reminder, the named one the collection step, once each; the file reaches the export connectors once each, not the printer.
        Assert.Equal(
            [$"/hooks/crm {instance}:collection", $"/hooks/crm {instance}:reminder-1", $"/hooks/erp {instance}:reminder-1"],
            hooks);
        Assert.Equal(
            [$"{instance}:collection:archive Sent", $"{instance}:collection:crm Sent", $"{instance}:collection:dms Sent", $"{instance}:reminder-1:crm Sent", $"{instance}:reminder-1:erp Sent"],
            deliveries);
        Assert.Equal(
            [$"{instance}:collection:archive", $"{instance}:collection:crm", $"{instance}:collection:dms", $"{instance}:preduenotice:postal", $"{instance}:reminder-1:crm", $"{instance}:reminder-1:erp"],
            history.Where(e => e.GetProperty("type").GetString() == "Reminded").Select(e => e.GetProperty("detail").GetString()!.Split(' ')[0]).Where(k => k.Split(':').Length == 3).Order(StringComparer.Ordinal));
        Assert.Equal([$"recouvrement-{number}.zip"], exported);
        Assert.Equal(zip, await File.ReadAllBytesAsync(Path.Combine(archive.Folder, exported[0]!)));
        var put = Assert.Single(puts);
        Assert.Equal(("PUT", $"/export/recouvrement-{number}.zip", $"{instance}:collection.Pdf"), (put.Method, put.Path, put.Headers["idempotency-key"]));
        Assert.Equal(zip, put.Body);
        using var file = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
        using var json = JsonDocument.Parse(file.GetEntry("file.json")!.Open());
        Assert.Equal(
            ["preduenotice", "preduenotice:postal", "reminder-1", "firmreminder", "collection"],
            json.RootElement.GetProperty("reminders").EnumerateArray().Select(r => r.GetProperty("stepKey").GetString()));
    }

    private static object Sftp(string id, OpenSshServer server, bool printProvider) => new
    {
        id, kind = "Sftp", host = "127.0.0.1", port = server.Port, userName = server.UserName, privateKey = server.ClientPrivateKey,
        hostKeySha256 = server.HostKeySha256, folder = server.Folder, formats = new[] { "Pdf" }, fileNamePattern = "{number}.pdf", printProvider,
    };
}
