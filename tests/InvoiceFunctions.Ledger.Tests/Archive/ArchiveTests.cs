using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using InvoiceFunctions.Application.Archive;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Ledger.Tests.Support;

namespace InvoiceFunctions.Ledger.Tests.Archive;

/// <summary>The archive on Azurite: write-once content addresses, the hash chain, daily roots, tamper detection, export.</summary>
public sealed class ArchiveTests(StorageFixture fixture) : IClassFixture<StorageFixture>
{
    private readonly ArchiveService archive = fixture.App.Get<ArchiveService>();
    private readonly ArchiveVerifier verifier = fixture.App.Get<ArchiveVerifier>();
    private readonly CancellationToken none = CancellationToken.None;

    [Fact]
    public async Task ArchiveAsync_ThreeInvoices_ChainLinksAndVerifies()
    {
        var (company, entries) = await ArchiveThreeAsync("chain");
        var invoice = await fixture.App.Get<LedgerService>().GetAsync(company, entries[1].InvoiceId, none);
        var history = await fixture.App.Get<LedgerService>().HistoryAsync(company, entries[1].InvoiceId, none);

        var report = await verifier.VerifyAsync(company, none);

        Assert.True(report.Intact, report.FirstBreak?.Detail);
        Assert.Equal(3, report.EntriesChecked);
        Assert.Equal(6, report.ObjectsChecked);
        Assert.Equal(1, report.DailyRootsChecked);
        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.Sequence));
        Assert.Equal(ArchiveHashes.Genesis, entries[0].Previous);
        Assert.Equal(entries[0].ManifestSha256, entries[1].Previous);
        Assert.Equal(entries[1].ManifestSha256, entries[2].Previous);
        Assert.Equal(entries[2].ManifestSha256, report.HeadHash);
        Assert.Equal(new ArchiveReference(2, entries[1].ManifestSha256), Assert.Single(invoice.Archive));
        Assert.Equal(InvoiceEventType.Archived, history[^1].Type);
    }

    [Fact]
    public async Task ArchiveAsync_StoresTheExactBytesUnderTheirSha256_AndNeverOverwrites()
    {
        var (company, entries) = await ArchiveThreeAsync("worm");
        var manifest = await archive.GetManifestAsync(company, entries[0].ManifestSha256, none);
        var original = manifest.Files.Single(f => f.Kind == ArchiveFileKind.Original);
        var objects = fixture.App.Get<IArchiveObjectStore>();

        var bytes = await archive.GetObjectAsync(company, original.Sha256, none);
        var overwritten = await objects.PutIfAbsentAsync(company, original.Sha256, Encoding.UTF8.GetBytes("something else"), "text/plain", none);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), original.Sha256);
        Assert.Equal(Xml(1), Encoding.UTF8.GetString(bytes));
        Assert.False(overwritten);
        Assert.Equal(bytes, await archive.GetObjectAsync(company, original.Sha256, none));
    }

    [Fact]
    public async Task VerifyAsync_OneByteOfAnArchivedFileAlteredInAzurite_ReportsThatEntry()
    {
        var (company, entries) = await ArchiveThreeAsync("tamper");
        var manifest = await archive.GetManifestAsync(company, entries[1].ManifestSha256, none);
        var pdf = manifest.Files.Single(f => f.Kind == ArchiveFileKind.Pdf);

        await AlterOneByteAsync(company, pdf.Sha256);
        var report = await verifier.VerifyAsync(company, none);

        Assert.False(report.Intact);
        Assert.Equal(2, report.FirstBreak!.Sequence);
        Assert.Equal(ArchiveBreakKind.ObjectAltered, report.FirstBreak.Kind);
        Assert.Contains(pdf.Sha256, report.FirstBreak.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_ManifestAlteredInAzurite_ReportsManifestAltered()
    {
        var (company, entries) = await ArchiveThreeAsync("manifest");

        await AlterOneByteAsync(company, entries[2].ManifestSha256);
        var report = await verifier.VerifyAsync(company, none);

        Assert.Equal(3, report.FirstBreak!.Sequence);
        Assert.Equal(ArchiveBreakKind.ManifestAltered, report.FirstBreak.Kind);
    }

    [Fact]
    public async Task VerifyAsync_ChainRowRewrittenOrDeleted_ReportsTheBrokenLink()
    {
        var (company, _) = await ArchiveThreeAsync("links");
        var (deleted, _) = await ArchiveThreeAsync("deleted");
        var table = fixture.Storage.Tables.GetTableClient("ArchiveChain");
        var row = (await table.GetEntityAsync<TableEntity>(company.Value, "e|0000000002")).Value;
        row["Previous"] = new string('1', 64);
        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
        await table.DeleteEntityAsync(deleted.Value, "e|0000000002");

        var rewritten = await verifier.VerifyAsync(company, none);
        var gap = await verifier.VerifyAsync(deleted, none);

        Assert.Equal((2, ArchiveBreakKind.ChainLinkBroken), (rewritten.FirstBreak!.Sequence, rewritten.FirstBreak.Kind));
        Assert.Equal((2, ArchiveBreakKind.SequenceGap), (gap.FirstBreak!.Sequence, gap.FirstBreak.Kind));
    }

    [Fact]
    public async Task VerifyAsync_DailyRootRewritten_ReportsDailyRootMismatch()
    {
        var (company, _) = await ArchiveThreeAsync("root");
        var table = fixture.Storage.Tables.GetTableClient("ArchiveChain");
        var day = "d|" + DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var row = (await table.GetEntityAsync<TableEntity>(company.Value, day)).Value;
        var recorded = await fixture.App.Get<IArchiveChainStore>().GetDailyRootAsync(company, DateOnly.FromDateTime(DateTime.UtcNow), none);
        row["Root"] = new string('a', 64);
        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);

        var report = await verifier.VerifyAsync(company, none);

        Assert.Equal((3, 1L, 3L), (recorded!.Count, recorded.FirstSequence, recorded.LastSequence));
        Assert.Equal(ArchiveBreakKind.DailyRootMismatch, report.FirstBreak!.Kind);
    }

    [Fact]
    public async Task ArchiveAsync_TwentyConcurrentPutsOnTwoInstances_OneUnbrokenChain()
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId("concurrent"));
        await using var second = await AppInstance.StartAsync(fixture.Azurite.ConnectionString);
        var ledger = fixture.App.Get<LedgerService>();
        var invoices = new List<LedgerInvoice>();
        for (var i = 0; i < 20; i++)
        {
            invoices.Add(await ledger.CreateAsync(company, Invoices.Purchase($"SUP-{i}"), "t", none));
        }

        var entries = await Task.WhenAll(invoices.Select((invoice, i) =>
            (i % 2 == 0 ? archive : second.Get<ArchiveService>()).ArchiveAsync(company, invoice.Id, Documents(i), "t", none)));
        var report = await verifier.VerifyAsync(company, none);

        Assert.True(report.Intact, report.FirstBreak?.Detail);
        Assert.Equal(Enumerable.Range(1, 20).Select(n => (long)n), entries.Select(e => e.Sequence).Order());
        Assert.Equal(20, report.EntriesChecked);
    }

    [Fact]
    public async Task ArchiveAsync_SixtyAtOnceOnOneInstance_LinkedInGroupsOfAtMost48_OneUnbrokenChain()
    {
        // A fresh instance: its gate and waiting queue hold only these archives.
        await using var instance = await AppInstance.StartAsync(fixture.Azurite.ConnectionString);
        var company = await instance.CompanyAsync(fixture.NewCompanyId("group"));
        var ledger = instance.Get<LedgerService>();
        var invoices = new List<LedgerInvoice>();
        for (var i = 0; i < 60; i++)
        {
            invoices.Add(await ledger.CreateAsync(company, Invoices.Purchase($"SUP-{i}"), "t", none));
        }

        var entries = await Task.WhenAll(invoices.Select((invoice, i) =>
            instance.Get<ArchiveService>().ArchiveAsync(company, invoice.Id, Documents(i), "t", none, key: $"archive:{invoice.Id}")));
        var report = await verifier.VerifyAsync(company, none);
        var references = await Task.WhenAll(invoices.Select(invoice => ledger.GetAsync(company, invoice.Id, none)));
        var root = await instance.Get<IArchiveChainStore>().GetDailyRootAsync(company, entries[0].Day, none);

        Assert.True(report.Intact, report.FirstBreak?.Detail);
        Assert.Equal(Enumerable.Range(1, 60).Select(n => (long)n), entries.Select(e => e.Sequence).Order());
        Assert.Equal(entries.Select(e => e.Sequence), references.Select(r => Assert.Single(r.Archive).Sequence));
        Assert.Equal((60, 1L, 60L), (root!.Count, root.FirstSequence, root.LastSequence));

        // One group shares one instant: fewer groups than archives, none larger than a transaction can carry.
        var groups = entries.GroupBy(e => e.ArchivedAt).Select(g => g.Count()).ToList();
        Assert.True(groups.Count < 60, $"{groups.Count} groups for 60 archives");
        Assert.All(groups, size => Assert.InRange(size, 1, 48));
    }

    [Fact]
    public async Task ArchiveAsync_SameKeyDeliveredTwiceAtOnce_OneEntryAndOneReference()
    {
        await using var instance = await AppInstance.StartAsync(fixture.Azurite.ConnectionString);
        var company = await instance.CompanyAsync(fixture.NewCompanyId("twice"));
        var ledger = instance.Get<LedgerService>();
        var invoices = new List<LedgerInvoice>();
        for (var i = 0; i < 6; i++)
        {
            invoices.Add(await ledger.CreateAsync(company, Invoices.Purchase($"SUP-{i}"), "t", none));
        }

        // Invoice 0 is delivered three times among the others (a queue message seen again while the first delivery waits).
        var calls = invoices.Select((invoice, i) => (invoice, i)).Concat([(invoice: invoices[0], i: 0), (invoice: invoices[0], i: 0)]).ToList();
        var entries = await Task.WhenAll(calls.Select(c =>
            instance.Get<ArchiveService>().ArchiveAsync(company, c.invoice.Id, Documents(c.i), "t", none, key: $"archive:{c.invoice.Id}")));
        var report = await verifier.VerifyAsync(company, none);
        var first = await ledger.GetAsync(company, invoices[0].Id, none);

        Assert.True(report.Intact, report.FirstBreak?.Detail);
        Assert.Equal(6, report.EntriesChecked);
        Assert.Single(entries.Where((_, n) => calls[n].invoice.Id == invoices[0].Id).Select(e => e.Sequence).Distinct());
        Assert.Equal(entries[0].Sequence, Assert.Single(first.Archive).Sequence);
    }

    [Fact]
    public async Task ArchiveAsync_InstancesTakingTurnsAcrossMidnight_OneChainAndOneRootPerDay()
    {
        // Each instance remembers the head and day root it wrote last: the other's link in between, or a new day,
        // must make it read them again.
        var clock = new SettableTime(new DateTimeOffset(2026, 3, 1, 23, 58, 0, TimeSpan.Zero));
        await using var first = await AppInstance.StartAsync(fixture.Azurite.ConnectionString, clock);
        await using var second = await AppInstance.StartAsync(fixture.Azurite.ConnectionString, clock);
        var company = await first.CompanyAsync(fixture.NewCompanyId("turns"));
        var instances = new[] { first, second };
        var entries = new List<ArchiveEntry>();

        foreach (var (instance, i) in new[] { 0, 0, 1, 0, -1, 0, 1, 1 }.Select((n, i) => (n, i)))
        {
            if (instance < 0)
            {
                clock.Now = clock.Now.AddMinutes(5);
                continue;
            }

            var invoice = await instances[instance].Get<LedgerService>().CreateAsync(company, Invoices.Purchase($"SUP-{i}"), "t", none);
            entries.Add(await instances[instance].Get<ArchiveService>().ArchiveAsync(company, invoice.Id, Documents(i), "t", none));
        }

        var report = await verifier.VerifyAsync(company, none);
        var roots = new List<DailyRoot>();
        await foreach (var root in first.Get<IArchiveChainStore>().DailyRootsAsync(company, none))
        {
            roots.Add(root);
        }

        Assert.True(report.Intact, report.FirstBreak?.Detail);
        Assert.Equal(Enumerable.Range(1, 7).Select(n => (long)n), entries.Select(e => e.Sequence));
        Assert.Equal([(new DateOnly(2026, 3, 1), 4, 1L, 4L), (new DateOnly(2026, 3, 2), 3, 5L, 7L)], roots.Select(r => (r.Day, r.Count, r.FirstSequence, r.LastSequence)));
    }

    [Fact]
    public async Task ExportAsync_Period_ZipWithManifestAndFilesNamedByTheirHash()
    {
        var (company, entries) = await ArchiveThreeAsync("export");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using var zipBytes = new MemoryStream();

        await fixture.App.Get<ArchiveExporter>().ExportAsync(company, today, today, zipBytes, none);
        zipBytes.Position = 0;
        using var zip = new ZipArchive(zipBytes, ZipArchiveMode.Read);
        using var index = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        var empty = await archive.ListAsync(company, today.AddDays(-10), today.AddDays(-1), 100, null, none);

        Assert.Equal(entries.Select(e => e.ManifestSha256), index.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("manifestSha256").GetString()));
        Assert.Equal(1, index.RootElement.GetProperty("dailyRoots").GetArrayLength());
        Assert.Equal(3 + 6 + 1, zip.Entries.Count);
        foreach (var entry in zip.Entries.Where(e => e.FullName != "manifest.json"))
        {
            using var content = new MemoryStream();
            await entry.Open().CopyToAsync(content);
            Assert.Equal(Path.GetFileNameWithoutExtension(entry.Name), Convert.ToHexStringLower(SHA256.HashData(content.ToArray())));
        }

        Assert.Empty(empty.Items);
    }

    private async Task<(CompanyId Company, ArchiveEntry[] Entries)> ArchiveThreeAsync(string prefix)
    {
        var company = await fixture.App.CompanyAsync(fixture.NewCompanyId(prefix));
        var ledger = fixture.App.Get<LedgerService>();
        var entries = new List<ArchiveEntry>();
        for (var i = 1; i <= 3; i++)
        {
            var invoice = await ledger.CreateAsync(company, Invoices.Purchase($"SUP-{i}"), "t", none);
            entries.Add(await archive.ArchiveAsync(company, invoice.Id, Documents(i), "t", none));
        }

        return (company, entries.ToArray());
    }

    private static ArchiveDocument[] Documents(int i) =>
    [
        new(ArchiveFileKind.Original, $"invoice-{i}.xml", "application/xml", Encoding.UTF8.GetBytes(Xml(i))),
        new(ArchiveFileKind.Pdf, $"invoice-{i}.pdf", "application/pdf", Encoding.ASCII.GetBytes($"%PDF-1.7\n% invoice {i}\n%%EOF\n")),
    ];

    private static string Xml(int i) => $"<Invoice><ID>SUP-{i}</ID></Invoice>";

    /// <summary>What an attacker with storage access (or bit rot) does: one byte changed in place, bypassing the app.</summary>
    private async Task AlterOneByteAsync(CompanyId company, string sha256)
    {
        var blob = fixture.Storage.Blobs.GetBlobContainerClient("archive").GetBlobClient($"{company.Value}/{sha256}");
        var bytes = (await blob.DownloadContentAsync()).Value.Content.ToArray();
        bytes[bytes.Length / 2] ^= 0x01;
        await blob.UploadAsync(BinaryData.FromBytes(bytes), overwrite: true);
    }

    private sealed class SettableTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
