using System.Net;
using System.Text;
using System.Text.Json;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Intake;

/// <summary>The JSON batch through the HTTP import and the upload door: each invoice composed, validated and recorded on its own.</summary>
public sealed class BatchImportTests(ProductApp app) : IClassFixture<ProductApp>
{
    [Fact]
    public async Task Batch_SampleAndABadRow_EachInvoiceOnItsOwn_ReplayChangesNothing()
    {
        var key = await SalesSetup.FrenchCompanyAsync(app, "batch-http");
        var sample = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Repository.Root, "docs", "samples", "batch.json"))).RootElement;
        var invoices = sample.GetProperty("invoices").EnumerateArray().Select(i => (object)i).ToList();
        invoices.Add(new { number = "EXT-2026-0103", issueDate = "2026-03-04", customer = new { id = "martin" }, lines = new[] { new { productId = "no-such-product", quantity = 1 } } });
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { invoices }));

        var first = await ImportAsync(key, body, "batch-1");
        var again = await ImportAsync(key, body, "batch-1");
        var result = await ProductApp.ExpectAsync(HttpStatusCode.OK, first);

        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        var items = result.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Imported", "Imported", "Quarantined"], items.Select(i => i.GetProperty("outcome").GetString()));
        Assert.Equal("Quarantined", result.GetProperty("outcome").GetString());
        Assert.Contains(items[2].GetProperty("details").EnumerateArray(), d => d.GetString()!.StartsWith("invoices[2].lines[0].productId", StringComparison.Ordinal));

        var recorded = (await app.OkAsync(key, "api/companies/batch-http/invoices?direction=Sales")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["EXT-2026-0101", "EXT-2026-0102"], recorded.Select(i => i.GetProperty("number").GetString()).Order());
        var first0101 = recorded.Single(i => i.GetProperty("number").GetString() == "EXT-2026-0101");
        // 2 days of consulting at 650 and 80.50 of travel, 20 % VAT: the calculator's totals, not the batch's.
        Assert.Equal(1380.50m, first0101.GetProperty("amounts").GetProperty("taxExclusive").GetDecimal());
        Assert.Equal(1656.60m, first0101.GetProperty("amounts").GetProperty("taxInclusive").GetDecimal());
        Assert.Equal("martin", first0101.GetProperty("counterpartyId").GetString());
        var garage = recorded.Single(i => i.GetProperty("number").GetString() == "EXT-2026-0102").GetProperty("counterpartyId").GetString();
        Assert.Contains((await app.OkAsync(key, "api/companies/batch-http/contacts")).GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetString() == garage && c.GetProperty("vatId").GetString() == "FR83404833048");
        // Archived as the Factur-X made from the row (what the customer receives), its CII beside it.
        var id0101 = first0101.GetProperty("id").GetString();
        var pdf = await IntakeRequests.GetAsync(app, key, $"api/companies/batch-http/invoices/{id0101}/documents/original");
        Assert.Equal("facture-EXT-2026-0101.pdf", pdf.Content.Headers.ContentDisposition?.FileName);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(), 0, 5), StringComparison.Ordinal);
        var xml = await IntakeRequests.GetAsync(app, key, $"api/companies/batch-http/invoices/{id0101}/documents/xml");
        Assert.Contains("<ram:ID>EXT-2026-0101</ram:ID>", await xml.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvBatch_UploadedToInbox_InvoicesWithTheirLines()
    {
        var key = await SalesSetup.FrenchCompanyAsync(app, "batch-csv");
        var inbox = new Azure.Storage.Blobs.BlobServiceClient(app.Azurite.ConnectionString).GetBlobContainerClient("inbox");
        await inbox.CreateIfNotExistsAsync();

        await inbox.GetBlobClient("batch-csv/exports/march.csv").UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(Path.Combine(Repository.Root, "docs", "samples", "batch.csv"))));
        await Eventually.HoldsAsync(
            async () => (await app.OkAsync(key, "api/companies/batch-csv/invoices")).GetProperty("items").GetArrayLength() == 2, TimeSpan.FromSeconds(90), "both invoices imported");

        var invoices = (await app.OkAsync(key, "api/companies/batch-csv/invoices")).GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("number").GetString()!);
        // One day of consulting at 650 and 42.30 of travel at 20 %; 2 x 310 at 20 %.
        Assert.Equal(830.76m, invoices["EXT-2026-0201"].GetProperty("amounts").GetProperty("taxInclusive").GetDecimal());
        Assert.Equal(744.00m, invoices["EXT-2026-0202"].GetProperty("amounts").GetProperty("taxInclusive").GetDecimal());
        Assert.All(invoices.Values, i => Assert.Equal("Upload", i.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task LargeBatchAnswer_KeptWholeForTheReplay()
    {
        var key = await SalesSetup.FrenchCompanyAsync(app, "batch-big");
        var rows = Enumerable.Range(0, 160).Select(i => new { number = $"BIG-{i:D3}", issueDate = "2026-03-01", lines = new[] { new { productId = "consulting", quantity = 1 } } });
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { invoices = rows }));

        var first = await ImportAsync(key, body, "big-1", "batch-big");
        var again = await ImportAsync(key, body, "big-1", "batch-big");

        var text = await first.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(text.Length > 32 * 1024, $"{text.Length} characters: the answer must be longer than one table property holds");
        Assert.Equal(text, await again.Content.ReadAsStringAsync());
        Assert.Equal(160, JsonDocument.Parse(text).RootElement.GetProperty("items").EnumerateArray().Count(i => i.GetProperty("code").GetString() == "InvalidBatchRow"));
    }

    [Fact]
    public async Task Batch_NotJsonOrEmpty_RefusedWhole()
    {
        var key = await SalesSetup.FrenchCompanyAsync(app, "batch-bad");

        var broken = await ImportAsync(key, "{\"invoices\": [ {\"number\": "u8.ToArray(), "bad-1");
        var empty = await ImportAsync(key, "{\"invoices\": []}"u8.ToArray(), "bad-2");

        Assert.StartsWith("UnreadableBatch:", (await ProductApp.ExpectAsync(HttpStatusCode.UnprocessableEntity, broken)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("UnreadableBatch:", (await ProductApp.ExpectAsync(HttpStatusCode.UnprocessableEntity, empty)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty((await app.OkAsync(key, "api/companies/batch-bad/invoices")).GetProperty("items").EnumerateArray());
    }

    private Task<HttpResponseMessage> ImportAsync(string key, byte[] content, string idempotencyKey, string? company = null) =>
        IntakeRequests.ImportAsync(
            app, key, company ?? (idempotencyKey.StartsWith("bad", StringComparison.Ordinal) ? "batch-bad" : "batch-http"), content, idempotencyKey, "batch.json");
}
