using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Archive;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>
/// The archive chain in table ArchiveChain (partition = company): row "head", entries "e|{sequence:0000000000}", daily
/// roots "d|{yyyy-MM-dd}", idempotency keys "k|{key}". An append is one transaction conditional on the head's ETag.
/// </summary>
public sealed class TableArchiveChainStore(StorageClients clients) : IArchiveChainStore
{
    private const string Head = "head";
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.ArchiveChain);

    public async Task<ArchiveHead> GetHeadAsync(CompanyId company, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(company.Value, Head, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } e
            ? new ArchiveHead(e.GetInt64("Sequence") ?? 0, e.GetString("Hash"), e.ETag.ToString())
            : new ArchiveHead(0, ArchiveHashes.Genesis, null);
    }

    public async Task<DailyRoot?> GetDailyRootAsync(CompanyId company, DateOnly day, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(company.Value, DayRow(day), cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } e ? ToRoot(e) : null;
    }

    public async Task<ArchiveHead?> TryAppendAsync(CompanyId company, ArchiveHead expected, IReadOnlyList<ArchiveLink> links, DailyRoot root, CancellationToken cancellationToken)
    {
        var last = links[^1].Entry;
        var head = new TableEntity(company.Value, Head) { ["Sequence"] = last.Sequence, ["Hash"] = last.ManifestSha256 };
        List<TableTransactionAction> actions =
        [
            expected.Version is null
                ? new(TableTransactionActionType.Add, head)
                : new(TableTransactionActionType.UpdateReplace, head, new ETag(expected.Version)),
            new(TableTransactionActionType.UpsertReplace, new TableEntity(company.Value, DayRow(root.Day))
            {
                ["Root"] = root.Root, ["Count"] = root.Count, ["FirstSequence"] = root.FirstSequence, ["LastSequence"] = root.LastSequence,
            }),
        ];
        foreach (var (entry, key) in links)
        {
            actions.Add(new(TableTransactionActionType.Add, new TableEntity(company.Value, EntryRow(entry.Sequence))
            {
                ["InvoiceId"] = entry.InvoiceId,
                ["ManifestSha256"] = entry.ManifestSha256,
                ["Previous"] = entry.Previous,
                ["ArchivedAt"] = entry.ArchivedAt,
                ["Day"] = LedgerRows.Date(entry.Day),
            }));
            if (key is not null)
            {
                actions.Add(new(TableTransactionActionType.Add, new TableEntity(company.Value, KeyRow(key)) { ["Sequence"] = entry.Sequence }));
            }
        }

        try
        {
            var written = await table.SubmitTransactionAsync(actions, cancellationToken);
            return new ArchiveHead(last.Sequence, last.ManifestSha256, written.Value[0].Headers.ETag?.ToString());
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            // 404: the head this writer remembered is gone (rows rewritten behind the app's back); read it again.
            return null;
        }
    }

    public async Task<ArchiveEntry?> FindByKeyAsync(CompanyId company, string key, CancellationToken cancellationToken)
    {
        var claim = await table.GetEntityIfExistsAsync<TableEntity>(company.Value, KeyRow(key), cancellationToken: cancellationToken);
        if (!claim.HasValue || claim.Value?.GetInt64("Sequence") is not { } sequence)
        {
            return null;
        }

        var entry = await table.GetEntityAsync<TableEntity>(company.Value, EntryRow(sequence), cancellationToken: cancellationToken);
        return ToEntry(entry.Value);
    }

    public async IAsyncEnumerable<ArchiveEntry> EntriesAsync(CompanyId company, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in table.QueryAsync<TableEntity>(TableFilters.Prefix(company.Value, "e|"), cancellationToken: cancellationToken))
        {
            yield return ToEntry(row);
        }
    }

    public async IAsyncEnumerable<DailyRoot> DailyRootsAsync(CompanyId company, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in table.QueryAsync<TableEntity>(TableFilters.Prefix(company.Value, "d|"), cancellationToken: cancellationToken))
        {
            yield return ToRoot(row);
        }
    }

    public Task<ResultPage<ArchiveEntry>> ListAsync(CompanyId company, DateOnly from, DateOnly to, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        TablePages.ReadAsync(
            table,
            TableFilters.Prefix(company.Value, "e|") + " and " + TableClient.CreateQueryFilter($"Day ge {LedgerRows.Date(from)} and Day le {LedgerRows.Date(to)}"),
            pageSize,
            continuation,
            ToEntry,
            cancellationToken);

    private static string EntryRow(long sequence) => string.Create(CultureInfo.InvariantCulture, $"e|{sequence:0000000000}");

    private static string DayRow(DateOnly day) => "d|" + LedgerRows.Date(day);

    private static string KeyRow(string key) => "k|" + key;

    private static ArchiveEntry ToEntry(TableEntity e) => new(
        long.Parse(e.RowKey[2..], CultureInfo.InvariantCulture), e.GetString("InvoiceId"), e.GetString("ManifestSha256"), e.GetString("Previous"),
        e.GetDateTimeOffset("ArchivedAt") ?? DateTimeOffset.MinValue, DateOnly.ParseExact(e.GetString("Day"), "yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static DailyRoot ToRoot(TableEntity e) => new(
        DateOnly.ParseExact(e.RowKey[2..], "yyyy-MM-dd", CultureInfo.InvariantCulture), e.GetString("Root"), e.GetInt32("Count") ?? 0,
        e.GetInt64("FirstSequence") ?? 0, e.GetInt64("LastSequence") ?? 0);
}
