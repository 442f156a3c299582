using System.Net;
using System.Text.Json;
using Azure.Storage.Blobs;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Intake;

/// <summary>The intake doors through the local host on Azurite: uploads to "inbox", the HTTP import, quarantine, purchase approval.</summary>
public sealed class IntakeApiTests(ProductApp app) : IClassFixture<ProductApp>
{
    [Fact]
    public async Task Upload_FacturXPurchase_RecordedOnceArchivedAsReceivedThenApproved()
    {
        var key = await CompanyAsync("in-buyer", "FR05987654321");
        var pdf = IntakeFiles.FrenchFacturX;
        var inbox = await InboxAsync();

        await inbox.GetBlobClient("in-buyer/suppliers/F20180027.pdf").UploadAsync(BinaryData.FromBytes(pdf));
        var invoice = await SingleInvoiceAsync(key, "in-buyer");
        // The same upload seen again (the file written again, so a new blob event) makes nothing new.
        await inbox.GetBlobClient("in-buyer/suppliers/F20180027.pdf").UploadAsync(BinaryData.FromBytes(pdf), overwrite: true);
        await Task.Delay(TimeSpan.FromSeconds(4));

        Assert.Single((await app.OkAsync(key, "api/companies/in-buyer/invoices")).GetProperty("items").EnumerateArray());
        Assert.Equal("Purchase", invoice.GetProperty("direction").GetString());
        Assert.Equal("ToApprove", invoice.GetProperty("status").GetString());
        Assert.Equal("F20180027", invoice.GetProperty("number").GetString());
        Assert.Equal("Upload", invoice.GetProperty("source").GetString());
        Assert.Equal(110.00m, invoice.GetProperty("amounts").GetProperty("taxInclusive").GetDecimal());
        Assert.Equal(100.00m, invoice.GetProperty("amounts").GetProperty("due").GetDecimal());
        var id = invoice.GetProperty("id").GetString()!;
        var supplier = await ContactAsync(key, "in-buyer", invoice.GetProperty("counterpartyId").GetString()!);
        Assert.Equal("Supplier", supplier.GetProperty("role").GetString());
        Assert.Equal("FR32123456789", supplier.GetProperty("vatId").GetString());
        Assert.Equal(pdf, await BytesAsync(key, $"api/companies/in-buyer/invoices/{id}/documents/original"));
        Assert.Equal(pdf, await BytesAsync(key, $"api/companies/in-buyer/invoices/{id}/documents/facturx"));

        var approved = await app.OkAsync(key, $"api/companies/in-buyer/invoices/{id}/approval", new { decision = "approve", comment = "checked against delivery note" });
        var again = await app.SendAsync(HttpMethod.Post, $"api/companies/in-buyer/invoices/{id}/approval", key, new { decision = "dispute" });
        var history = (await app.OkAsync(key, $"api/companies/in-buyer/invoices/{id}/history")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();

        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(["Created", "Imported", "Archived", "Approved"], history);
    }

    [Fact]
    public async Task HttpImport_Ubl_IdempotentPerKey_DuplicatePolicyAcrossKeys()
    {
        var key = await CompanyAsync("in-dk", "DK87654321", "DK");
        var ubl = IntakeFiles.DanishUbl;

        var first = await ImportAsync(key, "in-dk", ubl, "imp-1");
        var replay = await ImportAsync(key, "in-dk", ubl, "imp-1");
        var created = await ProductApp.ExpectAsync(HttpStatusCode.Created, first);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
        Assert.Equal("Imported", created.GetProperty("outcome").GetString());
        var invoiceId = created.GetProperty("invoiceId").GetString()!;
        var invoice = await app.OkAsync(key, $"api/companies/in-dk/invoices/{invoiceId}");
        Assert.Equal("DKK", invoice.GetProperty("amounts").GetProperty("currency").GetString());
        Assert.Equal("12345", invoice.GetProperty("number").GetString());

        // The same invoice under another key: the ledger's fingerprint (seller, number, date, total) sees it, whatever the door.
        var warned = await ProductApp.ExpectAsync(HttpStatusCode.Created, await ImportAsync(key, "in-dk", ubl, "imp-2"));
        Assert.Equal("DuplicateSuspected", warned.GetProperty("outcome").GetString());
        Assert.Equal(invoiceId, (await app.OkAsync(key, $"api/companies/in-dk/invoices/{warned.GetProperty("invoiceId").GetString()}")).GetProperty("duplicateOf").GetString());

        await app.OkAsync(key, "api/companies/in-dk/settings/ledger", new { duplicatePolicy = "Block" });
        var blocked = await ImportAsync(key, "in-dk", ubl, "imp-3");
        var problem = await ProductApp.ExpectAsync(HttpStatusCode.UnprocessableEntity, blocked);
        Assert.Equal("application/problem+json", blocked.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Duplicate:", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, (await app.OkAsync(key, "api/companies/in-dk/invoices")).GetProperty("items").GetArrayLength());

        // Released under "warn", the blocked one is recorded as a suspected duplicate.
        var item = (await app.OkAsync(key, "api/companies/in-dk/quarantine?state=Open")).GetProperty("items")[0].GetProperty("id").GetString()!;
        await app.OkAsync(key, "api/companies/in-dk/settings/ledger", new { duplicatePolicy = "Warn" });
        var released = await app.OkAsync(key, $"api/companies/in-dk/quarantine/{item}/release", new { });
        Assert.Equal("Released", released.GetProperty("state").GetString());
        Assert.StartsWith("DuplicateSuspected as inv-", released.GetProperty("outcome").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, (await app.OkAsync(key, "api/companies/in-dk/invoices")).GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.Conflict, (await app.SendAsync(HttpMethod.Post, $"api/companies/in-dk/quarantine/{item}/release", key, new { })).StatusCode);
    }

    [Fact]
    public async Task HttpImport_UblCreditNote_RecordedAsCreditNote()
    {
        var key = await CompanyAsync("in-credit", "SE4598375937", "SE");
        var file = await File.ReadAllBytesAsync(Path.Combine(Repository.Root, "..", "shared", "conformance", "ubl", "examples", "peppol-base-creditnote-correction.xml"));

        var created = await ProductApp.ExpectAsync(HttpStatusCode.Created, await ImportAsync(key, "in-credit", file, "credit-1"));
        var invoice = await app.OkAsync(key, $"api/companies/in-credit/invoices/{created.GetProperty("invoiceId").GetString()}");

        Assert.Equal("CreditNote", invoice.GetProperty("kind").GetString());
        Assert.Equal("Purchase", invoice.GetProperty("direction").GetString());
        Assert.Equal("Snippet1", invoice.GetProperty("number").GetString());
        Assert.Equal(1656.25m, invoice.GetProperty("amounts").GetProperty("taxInclusive").GetDecimal());
    }

    [Fact]
    public async Task Upload_SalesInvoiceFromOtherSoftware_IssuedWithNewCustomerAndDelivered()
    {
        var key = await CompanyAsync("in-seller", "FR32123456789");
        await app.OkAsync(key, "api/companies/in-seller/settings/ledger", new { duplicatePolicy = "Warn", deliverImportedSales = true });

        await (await InboxAsync()).GetBlobClient("in-seller/export/F20180027.pdf").UploadAsync(BinaryData.FromBytes(IntakeFiles.FrenchFacturX));
        var invoice = await SingleInvoiceAsync(key, "in-seller");
        var id = invoice.GetProperty("id").GetString()!;

        Assert.Equal("Sales", invoice.GetProperty("direction").GetString());
        Assert.Equal("F20180027", invoice.GetProperty("number").GetString());
        var customer = await ContactAsync(key, "in-seller", invoice.GetProperty("counterpartyId").GetString()!);
        Assert.Equal("LE CLIENT", customer.GetProperty("name").GetString());
        Assert.Equal("Customer", customer.GetProperty("role").GetString());
        // Delivery was attempted without a click (the sample's buyer has no e-mail address, so the attempt says why it failed).
        await Eventually.HoldsAsync(
            async () => (await app.OkAsync(key, $"api/companies/in-seller/invoices/{id}/deliveries")).GetProperty("items").GetArrayLength() == 1, TimeSpan.FromSeconds(60), "a delivery attempt");
    }

    [Fact]
    public async Task HostileAndForeignFiles_QuarantinedWithReasons_BytesKept()
    {
        var key = await CompanyAsync("in-bad", "FR61552100554");
        var inbox = await InboxAsync();
        var files = new Dictionary<string, byte[]>
        {
            ["scan.pdf"] = IntakeFiles.PlainPdf(),
            ["bomb.xml"] = IntakeFiles.XmlBomb,
            ["broken.pdf"] = [.. "%PDF-1.7\n"u8, .. new byte[2000]],
            ["notes.txt"] = "just some text"u8.ToArray(),
            ["not-ours.pdf"] = IntakeFiles.FrenchFacturX,
        };
        foreach (var (name, bytes) in files)
        {
            await inbox.GetBlobClient($"in-bad/{name}").UploadAsync(BinaryData.FromBytes(bytes));
        }

        await Eventually.HoldsAsync(
            async () => (await app.OkAsync(key, "api/companies/in-bad/quarantine")).GetProperty("items").GetArrayLength() == files.Count, TimeSpan.FromSeconds(90), "every file quarantined");
        var items = (await app.OkAsync(key, "api/companies/in-bad/quarantine")).GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!);

        Assert.Equal("NoEmbeddedInvoice", items["scan.pdf"].GetProperty("code").GetString());
        Assert.Equal("UnreadableXml", items["bomb.xml"].GetProperty("code").GetString());
        Assert.Equal("UnreadablePdf", items["broken.pdf"].GetProperty("code").GetString());
        Assert.Equal("UnknownFormat", items["notes.txt"].GetProperty("code").GetString());
        Assert.Equal("NotAParty", items["not-ours.pdf"].GetProperty("code").GetString());
        Assert.Empty((await app.OkAsync(key, "api/companies/in-bad/invoices")).GetProperty("items").EnumerateArray());
        var scan = items["scan.pdf"].GetProperty("id").GetString()!;
        Assert.Equal(files["scan.pdf"], await BytesAsync(key, $"api/companies/in-bad/quarantine/{scan}/content"));
        var feed = (await app.OkAsync(key, "api/companies/in-bad/events")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Equal(1, feed.Count(t => t == "intake.manual_keying"));
        Assert.Equal(files.Count - 1, feed.Count(t => t == "intake.quarantined"));

        var discarded = await app.OkAsync(key, $"api/companies/in-bad/quarantine/{scan}/discard", new { });
        Assert.Equal("Discarded", discarded.GetProperty("state").GetString());
        Assert.Equal(files.Count - 1, (await app.OkAsync(key, "api/companies/in-bad/quarantine?state=Open")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Upload_ForUnknownCompany_QuarantinedNotImported()
    {
        var inbox = await InboxAsync();
        await inbox.GetBlobClient("nobody-here/F20180027.pdf").UploadAsync(BinaryData.FromBytes(IntakeFiles.FrenchFacturX));
        var quarantine = new BlobServiceClient(app.Azurite.ConnectionString).GetBlobContainerClient("quarantine");

        await Eventually.HoldsAsync(
            async () => await quarantine.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "nobody-here/upload/", CancellationToken.None).AnyAsync(b => b.Name.EndsWith("/reason.json", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(60),
            "the upload quarantined");
        var reason = await quarantine.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "nobody-here/upload/", CancellationToken.None).FirstAsync(b => b.Name.EndsWith("/reason.json", StringComparison.Ordinal));
        var json = JsonDocument.Parse((await quarantine.GetBlobClient(reason.Name).DownloadContentAsync()).Value.Content.ToString()).RootElement;
        Assert.Equal("UnknownCompany", json.GetProperty("code").GetString());
    }

    private async Task<string> CompanyAsync(string id, string vatId, string country = "FR")
    {
        Assert.Equal(HttpStatusCode.Created, (await app.AdminPostAsync("api/admin/companies", new { id, name = id.ToUpperInvariant(), vatId, countryCode = country })).StatusCode);
        return (await app.KeyAsync(id, "Admin")).Key;
    }

    private async Task<JsonElement> ContactAsync(string key, string company, string id) =>
        Assert.Single((await app.OkAsync(key, $"api/companies/{company}/contacts")).GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetString() == id);

    private async Task<BlobContainerClient> InboxAsync()
    {
        var inbox = new BlobServiceClient(app.Azurite.ConnectionString).GetBlobContainerClient("inbox");
        await inbox.CreateIfNotExistsAsync();
        return inbox;
    }

    private async Task<JsonElement> SingleInvoiceAsync(string key, string company)
    {
        await Eventually.HoldsAsync(
            async () => (await app.OkAsync(key, $"api/companies/{company}/invoices")).GetProperty("items").GetArrayLength() > 0
                && (await app.OkAsync(key, $"api/companies/{company}/invoices")).GetProperty("items")[0].GetProperty("archive").GetArrayLength() > 0,
            TimeSpan.FromSeconds(90),
            "the upload imported and archived");
        return (await app.OkAsync(key, $"api/companies/{company}/invoices")).GetProperty("items")[0];
    }

    private Task<HttpResponseMessage> ImportAsync(string key, string company, byte[] content, string idempotencyKey) =>
        IntakeRequests.ImportAsync(app, key, company, content, idempotencyKey, "invoice.xml");

    private Task<byte[]> BytesAsync(string key, string path) => IntakeRequests.BytesAsync(app, key, path);
}
