using System.Text;
using Azure.Storage.Blobs;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Delivery;

/// <summary>
/// Bounce -> correction delay (Delivery__CorrectionDelay, 8 s here) -> postal batch (PDF + address sheet) on the
/// print provider's SFTP connector (a real sshd); a re-send that goes through within the delay prevents it.
/// </summary>
public sealed class PostalFallbackTests : IAsyncLifetime
{
    private readonly DeliveryApp delivery = new(new Dictionary<string, string>
    {
        ["Connectors__AllowLoopback"] = "true",
        ["Delivery__CorrectionDelay"] = "00:00:08",
    });

    private OpenSshServer sftp = null!;

    public async Task InitializeAsync()
    {
        sftp = await OpenSshServer.StartAsync();
        await delivery.InitializeAsync();
        await delivery.App.CreatedAsync(delivery.Key, "api/companies/acme/contacts", new
        {
            id = "post1", role = "Customer", name = "Boulangerie Martin SARL", email = "compta@boulangerie-martin.example", countryCode = "FR",
            address = new { line1 = "3 place du Marché", city = "Villeurbanne", postCode = "69100" },
        });
        await delivery.App.CreatedAsync(delivery.Key, "api/companies/acme/connectors", new
        {
            id = "print", kind = "Sftp", host = "127.0.0.1", port = sftp.Port, userName = sftp.UserName, privateKey = sftp.ClientPrivateKey,
            hostKeySha256 = sftp.HostKeySha256, folder = sftp.Folder, formats = new[] { "Pdf" }, fileNamePattern = "{number}.pdf", printProvider = true,
        });
    }

    public async Task DisposeAsync()
    {
        await delivery.DisposeAsync();
        await sftp.DisposeAsync();
    }

    [Fact]
    public async Task Bounce_NotCorrectedWithinTheDelay_PdfAndAddressSheetGoToThePrintProvider()
    {
        var (id, number, facturX) = await BouncedInvoiceAsync();

        var records = await delivery.DeliveriesWhenAsync(id, r => r.Any(d => d.GetProperty("channel").GetString() == "Postal" && d.GetProperty("state").GetString() == "Sent"), "the invoice is posted");
        var sheet = await File.ReadAllTextAsync(Path.Combine(sftp.Folder, $"{number}.address.txt"), Encoding.UTF8);
        var history = await delivery.HistoryAsync(id);

        Assert.Equal(facturX, await File.ReadAllBytesAsync(Path.Combine(sftp.Folder, $"{number}.pdf")));
        Assert.Equal($"Boulangerie Martin SARL\n3 place du Marché\n69100 Villeurbanne\nFR\n\nInvoice {number} ({id})\n", sheet);
        Assert.Equal("print", records.Single(r => r.GetProperty("channel").GetString() == "Postal").GetProperty("connector").GetString());
        Assert.Contains(history, e => e.GetProperty("type").GetString() == "Sent" && e.GetProperty("detail").GetString() == $"postal print: {id}.postal.1");
    }

    [Fact]
    public async Task Bounce_ResentWithinTheDelay_NothingPosted()
    {
        var (id, _, _) = await BouncedInvoiceAsync();

        await delivery.App.SendAsync(HttpMethod.Post, $"api/companies/acme/invoices/{id}/deliveries", delivery.Key);
        await delivery.DeliveriesWhenAsync(id, r => r.Any(d => d.GetProperty("attempt").GetInt32() == 2 && d.GetProperty("state").GetString() == "Sent"), "the re-send is sent");
        await Task.Delay(TimeSpan.FromSeconds(10));
        var records = await delivery.DeliveriesAsync(id);

        Assert.DoesNotContain(records, r => r.GetProperty("channel").GetString() == "Postal");
        Assert.Empty(Directory.GetFiles(sftp.Folder));
        Assert.DoesNotContain("queued for connector print", delivery.App.Host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bounce_AddressCorrectedWithinTheDelay_ResentToTheNewAddressAndNothingPosted()
    {
        var (id, number, _) = await BouncedInvoiceAsync();

        var invalid = await delivery.App.SendAsync(HttpMethod.Post, $"api/companies/acme/invoices/{id}/deliveries/correction", delivery.Key, new { email = "not an address" });
        var corrected = await delivery.App.SendAsync(HttpMethod.Post, $"api/companies/acme/invoices/{id}/deliveries/correction", delivery.Key, new { email = "factures@boulangerie-martin.example" });
        var records = await delivery.DeliveriesWhenAsync(id, r => r.Any(d => d.GetProperty("attempt").GetInt32() == 2 && d.GetProperty("state").GetString() == "Sent"), "the corrected mail is sent");
        var mails = await delivery.Mail.EmailsAsync();
        var again = await delivery.App.SendAsync(HttpMethod.Post, $"api/companies/acme/invoices/{id}/deliveries/correction", delivery.Key, new { email = "x@boulangerie-martin.example" });
        await Task.Delay(TimeSpan.FromSeconds(12));
        var after = await delivery.DeliveriesAsync(id);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, corrected.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("factures@boulangerie-martin.example", records.Single(r => r.GetProperty("attempt").GetInt32() == 2).GetProperty("receiver").GetString());
        Assert.Equal("factures@boulangerie-martin.example", mails[^1].GetProperty("to")[0].GetProperty("address").GetString());
        Assert.Contains(number, mails[^1].GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(after, r => r.GetProperty("channel").GetString() == "Postal");
        Assert.Empty(Directory.GetFiles(sftp.Folder));
    }

    /// <summary>Issues and e-mails an invoice to "post1" (the fan-out skips the print provider), then a DSN bounces it.</summary>
    private async Task<(string Id, string Number, byte[] FacturX)> BouncedInvoiceAsync()
    {
        var (id, number, facturX) = await delivery.IssuedInvoiceAsync("post1");
        await delivery.EnqueueAsync(id);
        var sent = await delivery.DeliveriesWhenAsync(id, r => r.Count == 1 && r[0].GetProperty("state").GetString() == "Sent", "the mail is sent");
        var reports = new BlobContainerClient(delivery.App.Azurite.ConnectionString, "delivery-reports");
        await reports.UploadBlobAsync("dsn.eml", BinaryData.FromString(BounceTests.Dsn(sent[0].GetProperty("messageId").GetString()!, number)));
        await delivery.DeliveriesWhenAsync(id, r => r[0].GetProperty("state").GetString() == "Bounced", "the DSN bounces the mail");
        return (id, number, facturX);
    }
}
