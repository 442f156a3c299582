using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Azure.Data.Tables;
using InvoiceFunctions.Core.Formats;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Validation;
using InvoiceFunctions.Rendering.FacturX;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>Drafts, the issue pipeline (five queue stages), credit notes and the event feed, over HTTP on Azurite.</summary>
public sealed class IssuingApiTests : IAsyncLifetime
{
    private static readonly TimeSpan PipelineTimeout = TimeSpan.FromMinutes(2);
    private readonly ProductApp app = new();
    private readonly int year = DateTime.UtcNow.Year;

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task DraftEditIssueCreditNote_DocumentsValidateAndBalanceFollows()
    {
        var key = await SalesSetup.FrenchCompanyAsync(app, "acme");
        var created = await Expect(HttpStatusCode.Created, await app.SendAsync(HttpMethod.Post, "api/companies/acme/invoices", key, SalesSetup.Draft(3), idempotencyKey: "draft-1"));
        var id = created.GetProperty("id").GetString()!;
        var read = await app.SendAsync(HttpMethod.Get, $"api/companies/acme/invoices/{id}", key);
        var etag = read.Headers.ETag!.ToString();
        var stale = await Put(key, id, SalesSetup.Draft(2), "W/\"datetime'2020-01-01T00%3A00%3A00Z'\"");
        var edited = await Expect(HttpStatusCode.OK, await Put(key, id, SalesSetup.Draft(2), etag));
        var issuing = await Expect(HttpStatusCode.Accepted, await app.SendAsync(HttpMethod.Post, $"api/companies/acme/invoices/{id}/issue", key, new { }, idempotencyKey: "issue-1"));
        var issued = await WaitIssuedAsync(key, "acme", id);

        // 3 days at 650 + travel 120.50 = 2070.50 net, then 2 days: 1420.50 net, 284.10 VAT (20 %), 1704.60.
        Assert.Equal(2070.50m, created.GetProperty("amounts").GetProperty("taxExclusive").GetDecimal());
        Assert.Equal("Draft", created.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(1704.60m, edited.GetProperty("amounts").GetProperty("taxInclusive").GetDecimal());
        Assert.Equal("Issuing", issuing.GetProperty("status").GetString());
        Assert.Equal($"F-{year}-000001", issued.GetProperty("number").GetString());
        Assert.Single(issued.GetProperty("archive").EnumerateArray());
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(45), DateOnly.Parse(issued.GetProperty("dueDate").GetString()!));
        // Delivery follows on its own (no SMTP server in this test: DeliveryFailed may already be there).
        var history = (await app.OkAsync(key, $"api/companies/acme/invoices/{id}/history")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("type").GetString()).Take(8);
        Assert.Equal(["Created", "DraftEdited", "IssueRequested", "Validated", "Numbered", "Rendered", "Archived", "Issued"], history);

        // The customer prefers PDF + UBL in English: the Factur-X carries valid CII, the UBL says the same.
        var facturX = await DownloadAsync(key, id, "facturx");
        var extraction = FacturXReader.Read(facturX);
        Assert.Equal(FacturXStatus.Found, extraction.Status);
        var invoice = extraction.Read!.Invoice;
        Assert.Equal($"F-{year}-000001", invoice.Number);
        Assert.Equal(1704.60m, invoice.Totals.AmountDue);
        Assert.Equal("732829320", invoice.Buyer.LegalRegistrationId?.Value);
        Assert.StartsWith("RF", invoice.PaymentInstructions?.RemittanceInformation, StringComparison.Ordinal);
        Assert.True(InvoiceXml.Validate(extraction.Xml!, ValidationProfile.France).IsValid);
        var ubl = XDocument.Parse(Encoding.UTF8.GetString(await DownloadAsync(key, id, "xml")));
        Assert.Equal("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", ubl.Root!.Name.NamespaceName);
        Assert.Equal(invoice.Number, InvoiceXml.Read(ubl).Invoice.Number);

        // Credit one of the two days.
        var creditNote = await app.CreatedAsync(key, $"api/companies/acme/invoices/{id}/credit-notes", new { lines = new[] { new { line = 1, quantity = 1 } }, reason = "Journée annulée" });
        var creditId = creditNote.GetProperty("id").GetString()!;
        await Expect(HttpStatusCode.Accepted, await app.SendAsync(HttpMethod.Post, $"api/companies/acme/invoices/{creditId}/issue", key, new { }));
        var credited = await WaitIssuedAsync(key, "acme", creditId);
        var original = await app.OkAsync(key, $"api/companies/acme/invoices/{id}");
        var creditXml = FacturXReader.Read(await DownloadAsync(key, creditId, "facturx")).Read!.Invoice;
        // Delivery runs beside (no SMTP server here: invoice.delivery_failed); the issue and credit events keep their order.
        var feed = (await app.OkAsync(key, "api/companies/acme/events")).GetProperty("items").EnumerateArray()
            .Where(e => !e.GetProperty("type").GetString()!.StartsWith("invoice.delivery", StringComparison.Ordinal)).ToList();

        Assert.Equal("CreditNote", creditNote.GetProperty("kind").GetString());
        Assert.Equal($"AV-{year}-000001", credited.GetProperty("number").GetString());
        Assert.Equal(InvoiceTypeCode.CreditNote, creditXml.TypeCode);
        Assert.Equal($"F-{year}-000001", Assert.Single(creditXml.PrecedingInvoices).Number);
        Assert.Equal(780m, creditXml.Totals.TaxInclusiveAmount);
        Assert.Equal(780m, original.GetProperty("credited").GetDecimal());
        Assert.Equal(1704.60m - 780m, original.GetProperty("balance").GetDecimal());
        Assert.Equal(["invoice.issued", "invoice.credited", "creditnote.issued"], feed.Select(e => e.GetProperty("type").GetString()));
        Assert.Equal(credited.GetProperty("number").GetString(), feed[2].GetProperty("number").GetString());

        // More than what remains to credit is refused.
        var tooMuch = await app.SendAsync(HttpMethod.Post, $"api/companies/acme/invoices/{id}/credit-notes", key, new { });
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
    }

    [Fact]
    public async Task BadDrafts_EveryFailureListed_RulesAs422WithIdsAndPaths_NothingConsumed()
    {
        var (key, _) = await app.CompanyAsync("bare");
        var shape = await app.SendAsync(HttpMethod.Post, "api/companies/bare/invoices", key, new
        {
            customerId = "c1",
            lines = new object[] { new { quantity = 0, name = "x", unitPrice = 1 }, new { productId = "nope", quantity = 1 }, new { quantity = 1 } },
        });
        var shapeBody = await ProductApp.ExpectAsync(HttpStatusCode.BadRequest, shape);
        var paths = shapeBody.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Contains("lines[0].quantity", paths);
        Assert.Contains("lines[2].name", paths);
        Assert.Contains("lines[2].unitPrice", paths);

        // A company without SIREN or VAT id, a French customer without SIREN: the French rules refuse the issue.
        var draft = await app.CreatedAsync(key, "api/companies/bare/invoices", new { customerId = "c1", lines = new[] { new { name = "Conseil", quantity = 1, unitPrice = 100, vatRate = 20 } } });
        var id = draft.GetProperty("id").GetString()!;
        var refused = await app.SendAsync(HttpMethod.Post, $"api/companies/bare/invoices/{id}/issue", key, new { });
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await ProductApp.ExpectAsync(HttpStatusCode.UnprocessableEntity, refused);
        var failures = problem.GetProperty("errors").EnumerateArray().ToDictionary(e => e.GetProperty("ruleId").GetString()!, e => e.GetProperty("path").GetString());
        Assert.Equal("Seller.LegalRegistrationId", failures["FR-01"]);
        Assert.Equal("Buyer.LegalRegistrationId", failures["FR-02"]);
        Assert.Equal("Seller.VatId", failures["FR-07"]);
        var preview = await app.OkAsync(key, $"api/companies/bare/invoices/{id}/document");
        Assert.False(preview.GetProperty("isValid").GetBoolean());
        var after = await app.OkAsync(key, $"api/companies/bare/invoices/{id}");
        Assert.Equal("Draft", after.GetProperty("status").GetString());
        Assert.False(after.TryGetProperty("number", out _));
    }

    [Fact]
    public async Task DuplicateRequests_InParallel_OneInvoiceOneNumber()
    {
        var key = await SalesSetup.FrenchCompanyAsync(app, "twin");
        var posts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => app.SendAsync(HttpMethod.Post, "api/companies/twin/invoices", key, SalesSetup.Draft(1), idempotencyKey: "same-key")));
        Assert.Contains(posts, p => p.StatusCode == HttpStatusCode.Created);
        Assert.All(posts, p => Assert.Contains(p.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        var drafts = (await app.OkAsync(key, "api/companies/twin/invoices")).GetProperty("items").EnumerateArray().ToList();
        var id = Assert.Single(drafts).GetProperty("id").GetString()!;

        // Two issue requests at once (different keys): one pipeline run, one number.
        var issues = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => app.SendAsync(HttpMethod.Post, $"api/companies/twin/invoices/{id}/issue", key, new { }, idempotencyKey: $"issue-{i}")));
        Assert.Contains(issues, r => r.StatusCode == HttpStatusCode.Accepted);
        var issued = await WaitIssuedAsync(key, "twin", id);
        Assert.Equal($"F-{year}-000001", issued.GetProperty("number").GetString());
        var history = (await app.OkAsync(key, $"api/companies/twin/invoices/{id}/history")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Single(history, t => t == "Numbered");
        Assert.Single(history, t => t == "Archived");
    }

    [Fact]
    public async Task HostCrashesRightAfterNumbering_RestartCompletesEachInvoiceExactlyOnce()
    {
        const int count = 8;
        var key = await SalesSetup.FrenchCompanyAsync(app, "crash");
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await app.CreatedAsync(key, "api/companies/crash/invoices", SalesSetup.Draft(1))).GetProperty("id").GetString()!);
        }

        // The next host ends (FailFast) right after a number is taken and before the render message is sent.
        app.HostSettings["Issuing__CrashAfterStage"] = "Number";
        await app.RestartHostAsync();
        var requests = await Task.WhenAll(ids.Select(id => app.SendAsync(HttpMethod.Post, $"api/companies/crash/invoices/{id}/issue", key, new { })));
        Assert.All(requests, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.True(await app.Host.WaitForExitAsync(TimeSpan.FromMinutes(1)) != 0, "the host should have crashed after numbering");
        var atCrash = await StoredStatusesAsync("crash");
        app.HostSettings.Remove("Issuing__CrashAfterStage");
        await app.RestartHostAsync();
        await Eventually.HoldsAsync(async () => (await StatusesAsync(key, "crash")).All(s => s == "Issued"), PipelineTimeout, "every invoice issued after the restart");

        Assert.Contains("Issuing", atCrash);
        var invoices = (await app.OkAsync(key, "api/companies/crash/invoices?pageSize=100")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, count).Select(n => $"F-{year}-{n:000000}"), invoices.Select(i => i.GetProperty("number").GetString()).Order());
        Assert.All(invoices, i => Assert.Single(i.GetProperty("archive").EnumerateArray()));
        var entries = (await app.OkAsync(key, "api/companies/crash/archive/entries?pageSize=100")).GetProperty("items").EnumerateArray();
        Assert.Equal(count, entries.Count());
        Assert.True((await app.OkAsync(key, "api/companies/crash/archive/verify")).GetProperty("intact").GetBoolean());
        var feed = (await app.OkAsync(key, "api/companies/crash/events?pageSize=100")).GetProperty("items").EnumerateArray();
        Assert.Equal(count, feed.Count(e => e.GetProperty("type").GetString() == "invoice.issued"));
        foreach (var id in ids)
        {
            var history = (await app.OkAsync(key, $"api/companies/crash/invoices/{id}/history")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
            Assert.Single(history, t => t == "Numbered");
            Assert.Single(history, t => t == "Issued");
        }
    }

    private Task<HttpResponseMessage> Put(string key, string id, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"api/companies/acme/invoices/{id}") { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new("Bearer", key);
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return app.Host.Http.SendAsync(request);
    }

    private async Task<JsonElement> WaitIssuedAsync(string key, string company, string id)
    {
        JsonElement invoice = default;
        await Eventually.HoldsAsync(
            async () => (invoice = await app.OkAsync(key, $"api/companies/{company}/invoices/{id}")).GetProperty("status").GetString() == "Issued", PipelineTimeout, $"{id} issued");
        return invoice;
    }

    private async Task<List<string>> StatusesAsync(string key, string company) =>
        (await app.OkAsync(key, $"api/companies/{company}/invoices?pageSize=100")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString()!).ToList();

    /// <summary>The statuses as stored, read from Azurite while no host runs.</summary>
    private async Task<List<string>> StoredStatusesAsync(string company)
    {
        var table = new TableClient(app.Azurite.ConnectionString, "Ledger");
        var statuses = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>($"PartitionKey eq '{company}' and RowKey ge 'inv|' and RowKey lt 'inv}}'"))
        {
            statuses.Add(row.GetString("Status"));
        }

        return statuses;
    }

    private async Task<byte[]> DownloadAsync(string key, string id, string kind)
    {
        var response = await app.SendAsync(HttpMethod.Get, $"api/companies/acme/invoices/{id}/documents/{kind}", key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static Task<JsonElement> Expect(HttpStatusCode status, HttpResponseMessage response) => ProductApp.ExpectAsync(status, response);
}
