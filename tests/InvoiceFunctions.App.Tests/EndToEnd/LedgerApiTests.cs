using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using InvoiceFunctions.Cli;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>The ledger and archive API in the local host on Azurite, from a draft to an auditor's zip.</summary>
public sealed class LedgerApiTests : IAsyncLifetime
{
    private readonly ProductApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task DraftIssueLifecyclePayArchive_DownloadExportVerify()
    {
        var (key, _) = await app.CompanyAsync("acme");
        var draft = await app.CreatedAsync(key, "api/companies/acme/invoices", new { direction = "Sales", counterpartyId = "c1", currency = "EUR", taxExclusive = 100, tax = 20, taxInclusive = 120, dueDate = "2026-12-31" });
        var id = draft.GetProperty("id").GetString()!;

        var issued = await app.OkAsync(key, $"api/companies/acme/invoices/{id}/issue", new { series = "F" });
        await app.OkAsync(key, $"api/companies/acme/invoices/{id}/lifecycle", new { code = 202 });
        var reminded = await app.OkAsync(key, $"api/companies/acme/invoices/{id}/events", new { type = "Reminded", detail = "pre-due notice" });
        var paid = await app.OkAsync(key, $"api/companies/acme/invoices/{id}/payments", new { amount = 120 });
        var xml = "<Invoice><ID>F-1</ID></Invoice>"u8.ToArray();
        var entry = await app.CreatedAsync(key, $"api/companies/acme/invoices/{id}/archive", new
        {
            files = new object[]
            {
                new { kind = "Original", name = "F-1.xml", contentType = "application/xml", content = xml },
                new { kind = "Pdf", name = "F-1.pdf", contentType = "application/pdf", content = "%PDF-1.7 test"u8.ToArray() },
            },
        });
        var download = await app.SendAsync(HttpMethod.Get, $"api/companies/acme/invoices/{id}/documents/original", key);
        var history = await app.OkAsync(key, $"api/companies/acme/invoices/{id}/history");
        var listed = await app.OkAsync(key, "api/companies/acme/invoices?status=Paid&customer=c1&dueFrom=2026-12-01&dueTo=2026-12-31");
        var entries = await app.OkAsync(key, "api/companies/acme/archive/entries");
        var export = await app.SendAsync(HttpMethod.Get, "api/companies/acme/archive/export", key);
        var verify = await app.OkAsync(key, "api/companies/acme/archive/verify");
        var feed = (await app.OkAsync(key, "api/companies/acme/events")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("type").GetString());

        Assert.Matches(@"^F-\d{4}-000001$", issued.GetProperty("number").GetString());
        Assert.Equal("Delivered", reminded.GetProperty("status").GetString());
        Assert.Equal("Paid", paid.GetProperty("status").GetString());
        Assert.Equal(202, paid.GetProperty("lifecycleCode").GetInt32());
        Assert.Equal(0m, paid.GetProperty("balance").GetDecimal());
        Assert.Equal(1, entry.GetProperty("sequence").GetInt64());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/xml", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(xml, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Created", "Issued", "LifecycleStatusReceived", "Reminded", "PaymentRecorded", "Archived"], history.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        Assert.Equal(id, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(entry.GetProperty("manifestSha256").GetString(), Assert.Single(entries.GetProperty("items").EnumerateArray()).GetProperty("manifestSha256").GetString());
        Assert.Equal("application/zip", export.Content.Headers.ContentType?.MediaType);
        Assert.True(export.Headers.TransferEncodingChunked, "the zip is streamed as it is written, not buffered first");
        Assert.Equal("acme-archive-", export.Content.Headers.ContentDisposition?.FileName?[..13]);
        using var zip = new ZipArchive(await export.Content.ReadAsStreamAsync());
        Assert.Equal(4, zip.Entries.Count); // manifest.json, one entry manifest, two files
        Assert.True(verify.GetProperty("intact").GetBoolean());
        Assert.Equal(["invoice.issued", "invoice.lifecycle_status", "invoice.reminded", "invoice.paid"], feed);
    }

    [Fact]
    public async Task ExportArchive_PeriodEndingBeforeItStarts_ProblemBeforeAnyZip()
    {
        var (key, _) = await app.CompanyAsync("acme");

        var export = await app.SendAsync(HttpMethod.Get, "api/companies/acme/archive/export?from=2026-03-31&to=2026-03-01", key);

        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
        Assert.Equal("application/problem+json", export.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"to\"", await export.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task VerifyArchive_OneByteAlteredInAzurite_ApiAndCliReportTheEntry()
    {
        var (key, _) = await app.CompanyAsync("acme");
        var shas = new List<string>();
        for (var i = 1; i <= 2; i++)
        {
            var invoice = await app.CreatedAsync(key, "api/companies/acme/invoices", new { direction = "Purchase", counterpartyId = "s1", number = $"S-{i}", issueDate = "2026-03-01", currency = "EUR", taxExclusive = 10, tax = 2, taxInclusive = 12 });
            await app.CreatedAsync(key, $"api/companies/acme/invoices/{invoice.GetProperty("id").GetString()}/archive", new
            {
                files = new[] { new { kind = "Original", name = $"S-{i}.xml", contentType = "application/xml", content = Encoding.UTF8.GetBytes($"<Invoice>{i}</Invoice>") } },
            });
            shas.Add(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes($"<Invoice>{i}</Invoice>"))));
        }

        var cleanCli = await CliAsync("archive", "verify", "--company", "acme", "--storage", app.Azurite.ConnectionString);
        var blob = new BlobServiceClient(app.Azurite.ConnectionString).GetBlobContainerClient("archive").GetBlobClient($"acme/{shas[1]}");
        var bytes = (await blob.DownloadContentAsync()).Value.Content.ToArray();
        bytes[3] ^= 0x20;
        await blob.UploadAsync(BinaryData.FromBytes(bytes), overwrite: true);
        var report = await app.OkAsync(key, "api/companies/acme/archive/verify");
        var brokenCli = await CliAsync("archive", "verify", "--company", "acme", "--storage", app.Azurite.ConnectionString);

        Assert.Equal(0, cleanCli.Code);
        Assert.Contains("intact", cleanCli.Output, StringComparison.Ordinal);
        Assert.False(report.GetProperty("intact").GetBoolean());
        Assert.Equal(2, report.GetProperty("firstBreak").GetProperty("sequence").GetInt64());
        Assert.Equal("ObjectAltered", report.GetProperty("firstBreak").GetProperty("kind").GetString());
        Assert.Equal(1, brokenCli.Code);
        Assert.Contains("entry 2", brokenCli.Output, StringComparison.Ordinal);
        Assert.Contains("ObjectAltered", brokenCli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IssueInvoice_TwentyParallelRequestsOnTwoLocalHosts_NumbersOneToTwenty()
    {
        var (key, _) = await app.CompanyAsync("acme");
        await using var second = await HostProcess.StartAsync(app.Azurite.ConnectionString, "app2", ProductApp.Settings, Repository.ProductAppFolder);
        var ids = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var draft = await app.CreatedAsync(key, "api/companies/acme/invoices", new { direction = "Sales", counterpartyId = "c1", currency = "EUR", taxExclusive = 10, tax = 2, taxInclusive = 12 });
            ids.Add(draft.GetProperty("id").GetString()!);
        }

        var responses = await Task.WhenAll(ids.Select((id, i) =>
            app.SendAsync(HttpMethod.Post, $"api/companies/acme/invoices/{id}/issue", key, new { series = "F" }, $"issue-{id}", i % 2 == 0 ? app.Host.Http : second.Http)));
        var numbers = new List<string>();
        foreach (var response in responses)
        {
            numbers.Add((await ProductApp.ExpectAsync(HttpStatusCode.OK, response)).GetProperty("number").GetString()!);
        }

        Assert.Equal(Enumerable.Range(1, 20).Select(n => n.ToString("000000", System.Globalization.CultureInfo.InvariantCulture)), numbers.Select(n => n[^6..]).Order());
    }

    [Fact]
    public async Task CreateInvoice_DuplicateUnderBlockPolicy_409_UnderWarn_201Marked()
    {
        var (key, _) = await app.CompanyAsync("acme");
        var body = new { direction = "Purchase", counterpartyId = "s1", number = "S-1", issueDate = "2026-03-01", currency = "EUR", taxExclusive = 10, tax = 2, taxInclusive = 12 };
        var first = await app.CreatedAsync(key, "api/companies/acme/invoices", body);

        var warned = await app.CreatedAsync(key, "api/companies/acme/invoices", body);
        await app.OkAsync(key, "api/companies/acme/settings/ledger", new { duplicatePolicy = "Block" });
        var blocked = await app.SendAsync(HttpMethod.Post, "api/companies/acme/invoices", key, body);
        var settings = await app.OkAsync(key, "api/companies/acme/settings/ledger");

        Assert.Equal(first.GetProperty("id").GetString(), warned.GetProperty("duplicateOf").GetString());
        var problem = await ProductApp.ExpectAsync(HttpStatusCode.Conflict, blocked);
        Assert.Contains(first.GetProperty("id").GetString()!, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Block", settings.GetProperty("duplicatePolicy").GetString());
    }

    private static async Task<(int Code, string Output)> CliAsync(params string[] args)
    {
        var output = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, output);
        return (code, output.ToString());
    }
}
