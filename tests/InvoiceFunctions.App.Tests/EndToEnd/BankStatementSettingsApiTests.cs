using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>
/// Through the local host on Azurite: a company's CSV mapping (GET/PUT, problem+json) used by both statement doors,
/// a bank's CSV quarantined before the mapping and imported after it, camt.053 checked against the shipped XSDs,
/// and every refusal told to the company's event feed as statement.quarantined.
/// </summary>
public sealed class BankStatementSettingsApiTests(ProductApp app) : IClassFixture<ProductApp>
{
    private const string Account = "FR7630006000011234567890189";
    private const string Header = "Date opération;Date valeur;Libellé;Débit;Crédit;Référence\n";
    private const string Credit = "02/03/2026;02/03/2026;VIR CUSTOMER ONE RF58FA20260007;;1 200,00;BNK-1\n";
    private const string Debit = "03/03/2026;03/03/2026;PRLV SEPA SUPPLIER ONE;350,40;;BNK-2\n";
    private const string Later = "04/03/2026;04/03/2026;VIR SOMEONE;;84,90;BNK-3\n";

    private static readonly object Mapping = new
    {
        delimiter = ";", dateFormats = new[] { "dd/MM/yyyy" }, decimalSeparator = ",", bookingDate = "Date opération", valueDate = "Date valeur",
        remittanceText = "Libellé", debit = "Débit", credit = "Crédit", entryReference = "Référence", defaultCurrency = "EUR",
    };

    [Fact]
    public async Task CsvMapping_BankFileQuarantinedThenImportedByApiAndBlob()
    {
        var (key, _) = await app.CompanyAsync("bank-map");
        var (reader, _) = await app.KeyAsync("bank-map", "Reader");
        var invoice = (await app.CreatedAsync(key, "api/companies/bank-map/invoices", new
        {
            direction = "Sales", counterpartyId = "c1", currency = "EUR", taxExclusive = 1000, tax = 200, taxInclusive = 1200,
            number = "FA-2026-0007", issueDate = "2026-03-01", dueDate = "2026-03-31", source = "Upload",
        })).GetProperty("id").GetString()!;

        Assert.Equal(",", (await app.OkAsync(reader, "api/companies/bank-map/settings/bank-csv")).GetProperty("delimiter").GetString());
        var before = await PostStatementAsync(key, "bank-map", Header + Credit + Debit);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, before.StatusCode);
        Assert.Contains("InvalidMapping", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var saved = await app.ExpectOkAsync(HttpMethod.Put, "api/companies/bank-map/settings/bank-csv", key, Mapping);
        var again = await app.ExpectOkAsync(HttpMethod.Put, "api/companies/bank-map/settings/bank-csv", key, Mapping);
        Assert.Equal(saved.GetRawText(), again.GetRawText());
        Assert.Equal(saved.GetRawText(), (await app.OkAsync(reader, "api/companies/bank-map/settings/bank-csv")).GetRawText());
        Assert.Equal(HttpStatusCode.Forbidden, (await app.SendAsync(HttpMethod.Put, "api/companies/bank-map/settings/bank-csv", reader, Mapping)).StatusCode);

        // The refused file, released from the quarantine, is read with the mapping for the account it came with.
        var item = Assert.Single((await app.OkAsync(key, "api/companies/bank-map/quarantine")).GetProperty("items").EnumerateArray());
        Assert.Equal(($"{Account}/upload", "InvalidMapping"), (item.GetProperty("name").GetString(), item.GetProperty("code").GetString()));
        var released = await app.OkAsync(key, $"api/companies/bank-map/quarantine/{item.GetProperty("id").GetString()}/release", new { });
        Assert.Equal("Released", released.GetProperty("state").GetString());
        Assert.StartsWith("Imported: 2 entries, 2 new", released.GetProperty("outcome").GetString(), StringComparison.Ordinal);
        Assert.Equal("Paid", (await app.OkAsync(key, $"api/companies/bank-map/invoices/{invoice}")).GetProperty("status").GetString());

        // The API door reads the same file with the mapping now: nothing recorded twice (so the release used the same account: it is in the fingerprint).
        var imported = await ProductApp.ExpectAsync(HttpStatusCode.OK, await PostStatementAsync(key, "bank-map", Header + Credit + Debit));
        Assert.Equal((0, 2), (imported.GetProperty("recorded").GetInt32(), imported.GetProperty("alreadyRecorded").GetInt32()));

        // The other door: an overlapping export dropped in container bank is read with the same mapping.
        var container = new BlobServiceClient(app.Azurite.ConnectionString).GetBlobContainerClient("bank");
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient($"bank-map/{Account}/march-2.csv").UploadAsync(BinaryData.FromString(Header + Debit + Later));
        await Eventually.HoldsAsync(
            async () => (await app.OkAsync(key, "api/companies/bank-map/payments")).GetProperty("items").GetArrayLength() == 3, TimeSpan.FromSeconds(90), "the blob's new entry recorded");
        var amounts = (await app.OkAsync(key, "api/companies/bank-map/payments")).GetProperty("items").EnumerateArray().Select(p => p.GetProperty("amount").GetDecimal()).Order();
        Assert.Equal([84.90m, 350.40m, 1200.00m], amounts);

        var feed = await FeedAsync(key, "bank-map");
        Assert.Single(feed, e => e.GetProperty("type").GetString() == "statement.quarantined");
    }

    [Fact]
    public async Task CsvMapping_Invalid_EveryProblemAsProblemJson()
    {
        var (key, _) = await app.CompanyAsync("bank-map-bad");

        var response = await app.SendAsync(HttpMethod.Put, "api/companies/bank-map-bad/settings/bank-csv", key, new
        {
            delimiter = "::", dateFormats = new[] { "dd/MM/yyyy HH:mm", "yyyy" }, decimalSeparator = ",", bookingDate = "", amount = "Montant", debit = "Débit", credit = "Crédit",
            currency = "Devise",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var paths = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString());
        Assert.Equal(["delimiter", "dateFormats[0]", "dateFormats[1]", "bookingDate", "amount"], paths);
        Assert.Equal("booking_date", (await app.OkAsync(key, "api/companies/bank-map-bad/settings/bank-csv")).GetProperty("bookingDate").GetString());
    }

    [Fact]
    public async Task Camt_SchemaInvalidByApiAndBlob_QuarantinedAndToldValidOneImported()
    {
        var (key, _) = await app.CompanyAsync("bank-xsd");
        var conformance = Path.Combine(Repository.Root, "..", "shared", "conformance", "camt053");
        var wrong = await File.ReadAllTextAsync(Path.Combine(conformance, "invalid", "camt053.v2.wrong.xml"));
        var valid = await File.ReadAllTextAsync(Path.Combine(conformance, "examples", "camt053.v4.xml"));

        var refused = await PostStatementAsync(key, "bank-xsd", wrong);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("SchemaInvalid", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await ProductApp.ExpectAsync(HttpStatusCode.OK, await PostStatementAsync(key, "bank-xsd", valid));

        var container = new BlobServiceClient(app.Azurite.ConnectionString).GetBlobContainerClient("bank");
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("bank-xsd/broken.xml").UploadAsync(BinaryData.FromString(valid.Replace("</Stmt>", "<Extra/></Stmt>", StringComparison.Ordinal)));

        await Eventually.HoldsAsync(
            async () => (await FeedAsync(key, "bank-xsd")).Count(e => e.GetProperty("type").GetString() == "statement.quarantined") == 2, TimeSpan.FromSeconds(90), "both refusals told");
        var items = (await app.OkAsync(key, "api/companies/bank-xsd/quarantine")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["SchemaInvalid", "SchemaInvalid"], items.Select(i => i.GetProperty("code").GetString()));
        Assert.Contains(items, i => i.GetProperty("name").GetString() == "broken.xml");
    }

    private Task<HttpResponseMessage> PostStatementAsync(string key, string company, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"api/companies/{company}/bank-statements?account={Account}&name=upload")
        {
            Content = new StringContent(body, Encoding.UTF8, "text/plain"),
        };
        request.Headers.Authorization = new("Bearer", key);
        return app.Host.Http.SendAsync(request);
    }

    private async Task<List<JsonElement>> FeedAsync(string key, string company) =>
        [.. (await app.OkAsync(key, $"api/companies/{company}/events")).GetProperty("items").EnumerateArray()];
}
