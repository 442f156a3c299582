using System.Net;
using Azure.Storage.Blobs;
using InvoiceFunctions.Testing;
using UglyToad.PdfPig;

namespace InvoiceFunctions.App.Tests.EndToEnd.Delivery;

/// <summary>
/// Bounce -> correction delay (Delivery__CorrectionDelay, 8 s here) -> postal batch (PDF + address sheet) on the
/// print provider's SFTP connector (a real sshd); a re-send that goes through within the delay prevents it; a customer
/// who prefers paper is posted at once.
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
        var sheet = await File.ReadAllBytesAsync(Path.Combine(sftp.Folder, $"{number}.address.pdf"));
        var history = await delivery.HistoryAsync(id);

        Assert.Equal(facturX, await File.ReadAllBytesAsync(Path.Combine(sftp.Folder, $"{number}.pdf")));
        Assert.Equal(["Boulangerie Martin SARL", "3 place du Marché", "69100 VILLEURBANNE"], WindowLines(sheet));
        Assert.Contains($"Facture {number} du", AddressSheetText(sheet), StringComparison.Ordinal);
        Assert.Equal("print", records.Single(r => r.GetProperty("channel").GetString() == "Postal").GetProperty("connector").GetString());
        Assert.Contains(history, e => e.GetProperty("type").GetString() == "Sent" && e.GetProperty("detail").GetString() == $"postal print: {id}.postal.1");
    }

    [Fact]
    public async Task PreferredChannelPostal_IssuedInvoiceIsPostedAtOnceWithoutAMail()
    {
        await ProductApp.ExpectAsync(HttpStatusCode.OK, await delivery.PutContactAsync("post1", new
        {
            name = "Boulangerie Martin SARL", email = "compta@boulangerie-martin.example", countryCode = "FR",
            address = new { line1 = "3 place du Marché", city = "Villeurbanne", postCode = "69100" }, preferences = new { channel = "Postal", language = "English" },
        }));
        var (id, number, facturX) = await delivery.IssuedInvoiceAsync("post1");

        await delivery.EnqueueAsync(id);
        var records = await delivery.DeliveriesWhenAsync(id, r => r.Any(d => d.GetProperty("channel").GetString() == "Postal" && d.GetProperty("state").GetString() == "Sent"), "the invoice is posted");
        await delivery.EnqueueAsync(id);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var sheet = await File.ReadAllBytesAsync(Path.Combine(sftp.Folder, $"{number}.address.pdf"));

        Assert.Equal(facturX, await File.ReadAllBytesAsync(Path.Combine(sftp.Folder, $"{number}.pdf")));
        Assert.Equal(["Boulangerie Martin SARL", "3 place du Marché", "69100 VILLEURBANNE"], WindowLines(sheet));
        Assert.Contains($"Invoice {number} of", AddressSheetText(sheet), StringComparison.Ordinal);
        Assert.Equal("Postal", Assert.Single(await delivery.DeliveriesAsync(id)).GetProperty("channel").GetString());
        Assert.Equal("Issued", records.Single().GetProperty("reason").GetString());
        Assert.Empty(await delivery.Mail.EmailsAsync());
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

    /// <summary>
    /// The lines PdfPig reads inside the address block of a French window envelope (A4 page; block 110 mm from the left,
    /// 55 mm from the top, 85 x 35 mm: what shows through a DL or C5 envelope's right-hand window), top to bottom.
    /// </summary>
    private static List<string> WindowLines(byte[] pdf)
    {
        const double mm = 72 / 25.4;
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.Equal((595, 842), ((int)Math.Round(page.Width), (int)Math.Round(page.Height)));
        // The window's edges, widened by the precision of PDF coordinates (three decimals): the address starts exactly at its left edge.
        const double rounding = 0.001;
        var (left, top) = ((110 * mm) - rounding, page.Height - (55 * mm) + rounding);
        var (right, bottom) = ((110 * mm) + (85 * mm) + rounding, page.Height - (90 * mm) - rounding);
        var inside = page.GetWords().Where(w => w.BoundingBox.Left >= left && w.BoundingBox.Right <= right && w.BoundingBox.Top <= top && w.BoundingBox.Bottom >= bottom);
        return [.. inside.GroupBy(w => Math.Round(w.BoundingBox.Bottom)).OrderByDescending(g => g.Key).Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))];
    }

    private static string AddressSheetText(byte[] pdf) => Support.PdfWords.Text(pdf);

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
