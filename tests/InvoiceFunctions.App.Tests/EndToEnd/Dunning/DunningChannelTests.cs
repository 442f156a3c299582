using System.Security.Cryptography;
using System.Text.Json;
using InvoiceFunctions.App.Tests.EndToEnd.Delivery;
using InvoiceFunctions.App.Tests.Support;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Dunning;

/// <summary>
/// A policy whose steps go by every channel, through the local host: the pre-due notice by e-mail (MailDev), the reminder to
/// the company's webhook connector (a loopback receiver) and its event feed, the firm reminder with its fees as a postal batch
/// (letter + address sheet) to the print provider's SFTP folder (a real sshd), then the hand-off to collection: the collection
/// file (zip) on the webhook and from the API. Each step exactly once, under its key.
/// </summary>
public sealed class DunningChannelTests : IAsyncLifetime
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private readonly DunningApp dunning = new(new Dictionary<string, string> { ["Connectors__AllowLoopback"] = "true" });
    private readonly LoopbackReceiver receiver = new();
    private OpenSshServer sftp = null!;

    public async Task InitializeAsync()
    {
        sftp = await OpenSshServer.StartAsync();
        await dunning.InitializeAsync();
        var (app, key) = (dunning.App, dunning.Key);
        await app.ExpectOkAsync(HttpMethod.Put, "api/companies/acme/dunning/policy", key, new
        {
            name = "channels",
            steps = new object[]
            {
                new { kind = "PreDueNotice", daysFromDue = -1 },
                new { kind = "FirmReminder", daysFromDue = 2, channel = "Postal", chargesInterest = true },
                new { kind = "Collection", daysFromDue = 3, channel = "Webhook" },
            },
            reminders = new { firstDaysAfterDue = 1, everyDays = 1, maxCount = 1, channel = "Webhook" },
            skipWeekends = false,
            annualInterestRatePercent = 12.15m,
        });
        await dunning.AddPostalCustomerAsync();
        await app.CreatedAsync(key, "api/companies/acme/connectors", new { id = "crm", kind = "Webhook", url = receiver.Url + "/hooks/dunning", secret = Secret, formats = new[] { "FacturX" } });
        await app.CreatedAsync(key, "api/companies/acme/connectors", new
        {
            id = "print", kind = "Sftp", host = "127.0.0.1", port = sftp.Port, userName = sftp.UserName, privateKey = sftp.ClientPrivateKey,
            hostKeySha256 = sftp.HostKeySha256, folder = sftp.Folder, formats = new[] { "Pdf" }, fileNamePattern = "{number}.pdf", printProvider = true,
        });
    }

    public async Task DisposeAsync()
    {
        receiver.Dispose();
        await dunning.DisposeAsync();
        await sftp.DisposeAsync();
    }

    [Fact]
    public async Task EmailWebhookPostalThenCollection_EachStepByItsChannel_Once_CollectionFileFromWebhookAndApi()
    {
        var (id, number) = await dunning.IssueAsync("acme", dunning.Key, "post1", 2);
        var instance = $"dunning-acme-{id}";
        var collectionPath = $"api/companies/acme/invoices/{id}/dunning/collection";
        var tooEarly = await dunning.App.SendAsync(HttpMethod.Get, collectionPath, dunning.Key);
        var (noAddressId, noAddressNumber) = await dunning.IssueAsync(); // "fr1": an e-mail, no postal address

        var done = await dunning.DunningWhenAsync(id, d => DunningApp.Status(d) == "Completed", "the dunning completes");
        var noAddress = await dunning.DunningWhenAsync(noAddressId, d => DunningApp.Status(d) == "Completed", "the other dunning completes");
        await Task.Delay(DunningApp.DayLength * 2);
        var steps = done.GetProperty("steps").EnumerateArray().ToList();
        var hooks = receiver.Requests.Where(r => r.Headers["webhook-id"].StartsWith(instance + ":", StringComparison.Ordinal)).ToList();
        var feed = (await dunning.App.OkAsync(dunning.Key, "api/companies/acme/events")).GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "dunning.step").ToList();
        var posted = Directory.GetFiles(sftp.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var history = (await dunning.Delivery.HistoryAsync(id)).Where(e => e.GetProperty("type").GetString() == "Reminded").Select(e => e.GetProperty("detail").GetString()!).ToList();

        Assert.Equal(["preduenotice Sent", "reminder-1 Sent", "firmreminder Sent", "collection Sent"], DunningApp.Steps(done));
        Assert.Equal(["Email", "Webhook", "Postal", "Webhook"], steps.Select(s => s.GetProperty("channel").GetString()));
        Assert.Single(await dunning.MailsAsync(number));
        Assert.Single(await dunning.MailsAsync(noAddressNumber)); // its pre-due notice: the other steps go by webhook and post

        // Webhook: one signed dunning.step, webhook-id = the step's key, with the reminder letter; the same step in the event feed.
        Assert.Equal([$"{instance}:reminder-1", $"{instance}:collection"], hooks.Select(h => h.Headers["webhook-id"]));
        var hook = hooks[0];
        var body = JsonDocument.Parse(hook.Body).RootElement;
        var data = body.GetProperty("data");
        var letter = Convert.FromBase64String(data.GetProperty("letter").GetProperty("content").GetString()!);
        Assert.Equal($"{instance}:reminder-1", hook.Headers["webhook-id"]);
        Assert.StartsWith("v1,", hook.Headers["webhook-signature"], StringComparison.Ordinal);
        Assert.Equal(("dunning.step", "reminder-1", "Reminder", 1200m, number), (body.GetProperty("type").GetString(), data.GetProperty("step").GetString(),
            data.GetProperty("kind").GetString(), data.GetProperty("amountDue").GetDecimal(), data.GetProperty("number").GetString()));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(letter)), data.GetProperty("letter").GetProperty("sha256").GetString());
        Assert.Matches($@"RELANCE .*{number} .*1 200,00 €", PdfWords.Text(letter));
        Assert.Equal([$"{instance}:reminder-1", $"{instance}:collection"], feed.Select(e => e.GetProperty("id").GetString()).Where(e => e!.StartsWith(instance + ":", StringComparison.Ordinal)));
        Assert.Equal("http://127.0.0.1:" + receiver.Port + "/hooks/dunning", steps[1].GetProperty("receiver").GetString());

        // Postal: the firm reminder's letter (fees named by the fee document) and its address sheet, once, to the print provider.
        Assert.Equal([$"relance-{number}-firmreminder.address.pdf", $"relance-{number}-firmreminder.pdf"], posted);
        var firm = PdfWords.Text(await File.ReadAllBytesAsync(Path.Combine(sftp.Folder, posted[1]!)));
        Assert.Matches($@"DERNIÈRE RELANCE .*{number} .*Intérêts de retard \(FRAIS-[0-9-]+\) 0,80 € .*Total dû 1 200,80 €", firm);
        Assert.Matches("Boulangerie Martin SARL .*3 place du Marché .*69100 VILLEURBANNE", PdfWords.Text(await File.ReadAllBytesAsync(Path.Combine(sftp.Folder, posted[0]!))));
        // Each webhook connector's delivery is in the history too, under its own key, before the step that made it.
        Assert.Equal(
            [$"{instance}:preduenotice", $"{instance}:reminder-1:crm", $"{instance}:reminder-1", $"{instance}:firmreminder", $"{instance}:collection:crm", $"{instance}:collection"],
            history.Select(d => d.Split(' ')[0]));
        Assert.EndsWith("by Postal", history[3], StringComparison.Ordinal);
        Assert.EndsWith("Reminder to http://127.0.0.1:" + receiver.Port + "/hooks/dunning by connector crm", history[1], StringComparison.Ordinal);

        // No postal address: the postal step fails with the reason (nothing printed), the dunning goes on to collection.
        Assert.Equal(["preduenotice Sent", "reminder-1 Sent", "firmreminder Failed", "collection Sent"], DunningApp.Steps(noAddress));
        Assert.Contains("has no postal address", noAddress.GetProperty("steps")[2].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(posted, f => f!.Contains(noAddressNumber, StringComparison.Ordinal));
        Assert.Contains(await dunning.Delivery.HistoryAsync(noAddressId), e => e.GetProperty("type").GetString() == "DeliveryFailed"
            && e.GetProperty("detail").GetString()!.StartsWith($"dunning-acme-{noAddressId}:firmreminder FirmReminder Failed", StringComparison.Ordinal));

        // Collection: 404 before; then the same zip from the API and on the webhook, with the file's facts and the letters sent.
        var response = await dunning.App.SendAsync(HttpMethod.Get, collectionPath, dunning.Key);
        var zip = await response.Content.ReadAsByteArrayAsync();
        var carried = JsonDocument.Parse(hooks[1].Body).RootElement.GetProperty("data").GetProperty("collection");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, tooEarly.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"recouvrement-{number}.zip", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(zip, Convert.FromBase64String(carried.GetProperty("content").GetString()!));
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
        Assert.Equal(["file.json", $"letters/relance-{number}-firmreminder.pdf", $"letters/relance-{number}-reminder-1.pdf"], archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using var json = JsonDocument.Parse(archive.GetEntry("file.json")!.Open());
        var file = json.RootElement;
        var fee = Assert.Single(file.GetProperty("fees").EnumerateArray());
        Assert.Equal((number, 1200m, 3), (file.GetProperty("invoice").GetProperty("number").GetString(), file.GetProperty("invoice").GetProperty("amountDue").GetDecimal(), file.GetProperty("invoice").GetProperty("daysLate").GetInt32()));
        Assert.Equal((0.80m, 1200.80m), (fee.GetProperty("amount").GetDecimal(), file.GetProperty("totalDue").GetDecimal()));
        Assert.Equal(("Boulangerie Martin SARL", "3 place du Marché"), (file.GetProperty("customer").GetProperty("name").GetString(), file.GetProperty("customer").GetProperty("address").GetProperty("line1").GetString()));
        Assert.Equal(
            ["preduenotice Email Sent", "reminder-1 Webhook Sent", $"firmreminder Postal Sent {fee.GetProperty("number").GetString()}", "collection Webhook Sending"],
            file.GetProperty("reminders").EnumerateArray().Select(r => $"{r.GetProperty("stepKey").GetString()} {r.GetProperty("channel").GetString()} {r.GetProperty("state").GetString()} {r.GetProperty("feeDocument").GetString()}".TrimEnd()));
        Assert.Contains(file.GetProperty("history").EnumerateArray(), e => e.GetProperty("type").GetString() == "Reminded");
    }
}
