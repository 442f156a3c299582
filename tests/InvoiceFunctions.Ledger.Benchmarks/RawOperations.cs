using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using InvoiceFunctions.Application.Archive;

namespace InvoiceFunctions.Ledger.Benchmarks;

/// <summary>
/// The baseline: the same storage operations as the app's services, with rows of the same shape, written straight
/// with the Azure SDK (no validation, no mapping, no retry loop). Partition "raw", so it never meets the app's rows.
/// </summary>
public sealed class RawOperations
{
    private const string Partition = "raw";
    private readonly TableClient ledger;
    private readonly TableClient contacts;
    private readonly TableClient chain;
    private readonly BlobContainerClient archive;
    private int serial;

    private RawOperations(TableServiceClient tables, BlobServiceClient blobs)
    {
        ledger = tables.GetTableClient("Ledger");
        contacts = tables.GetTableClient("Contacts");
        chain = tables.GetTableClient("ArchiveChain");
        archive = blobs.GetBlobContainerClient("archive");
    }

    public static async Task<RawOperations> StartAsync(string connectionString)
    {
        var raw = new RawOperations(new TableServiceClient(connectionString), new BlobServiceClient(connectionString));
        await raw.contacts.UpsertEntityAsync(new TableEntity(Partition, "s1") { ["Role"] = "Supplier", ["Name"] = "Supplier", ["CountryCode"] = "FR" });
        return raw;
    }

    public async Task CreateInvoiceAsync(string number)
    {
        await contacts.GetEntityIfExistsAsync<TableEntity>(Partition, "s1");
        await ledger.GetEntityIfExistsAsync<TableEntity>(Partition, "settings");
        var id = NewId();
        await ledger.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, Invoice(id, number)),
            new(TableTransactionActionType.Add, Event(id, 1)),
            new(TableTransactionActionType.Add, new TableEntity(Partition, "fp|" + Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(Interlocked.Increment(ref serial))))) { ["InvoiceId"] = id }),
        ]);
    }

    public async Task<List<string>> InvoicesAsync(int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var id = NewId();
            await ledger.SubmitTransactionAsync([new(TableTransactionActionType.Add, Invoice(id, "SETUP")), new(TableTransactionActionType.Add, Event(id, 1))]);
            ids.Add(id);
        }

        return ids;
    }

    public async Task PayAsync(string id)
    {
        var invoice = (await ledger.GetEntityAsync<TableEntity>(Partition, "inv|" + id)).Value;
        var count = (invoice.GetInt32("EventCount") ?? 0) + 1;
        invoice["Paid"] = (decimal.Parse(invoice.GetString("Paid"), CultureInfo.InvariantCulture) + 0.01m).ToString(CultureInfo.InvariantCulture);
        invoice["EventCount"] = count;
        await ledger.SubmitTransactionAsync([new(TableTransactionActionType.UpdateReplace, invoice, invoice.ETag), new(TableTransactionActionType.Add, Event(id, count))]);
    }

    public async Task ArchiveAsync(string id, ArchiveDocument[] documents)
    {
        await ledger.GetEntityAsync<TableEntity>(Partition, "inv|" + id);
        foreach (var document in documents)
        {
            await archive.GetBlobClient($"{Partition}/{Guid.NewGuid():N}").UploadAsync(BinaryData.FromBytes(document.Content));
        }

        var head = await chain.GetEntityIfExistsAsync<TableEntity>(Partition, "head");
        var sequence = head.HasValue ? head.Value!.GetInt64("Sequence")!.Value + 1 : 1;
        var manifest = JsonSerializer.SerializeToUtf8Bytes(new { id, sequence, documents = documents.Select(d => new { d.Name, d.Kind, d.ContentType, d.Content.Length }) });
        await archive.GetBlobClient($"{Partition}/{Guid.NewGuid():N}").UploadAsync(BinaryData.FromBytes(manifest));
        await chain.GetEntityIfExistsAsync<TableEntity>(Partition, "d|2026-01-01");
        var newHead = new TableEntity(Partition, "head") { ["Sequence"] = sequence, ["Hash"] = new string('0', 64) };
        await chain.SubmitTransactionAsync(
        [
            head.HasValue ? new(TableTransactionActionType.UpdateReplace, newHead, head.Value!.ETag) : new(TableTransactionActionType.Add, newHead),
            new(TableTransactionActionType.Add, new TableEntity(Partition, $"e|{sequence:0000000000}") { ["InvoiceId"] = id, ["ManifestSha256"] = new string('0', 64), ["Previous"] = new string('0', 64), ["ArchivedAt"] = DateTimeOffset.UtcNow, ["Day"] = "2026-01-01" }),
            new(TableTransactionActionType.UpsertReplace, new TableEntity(Partition, "d|2026-01-01") { ["Root"] = new string('0', 64), ["Count"] = 1, ["FirstSequence"] = 1L, ["LastSequence"] = sequence }),
        ]);
        var invoice = (await ledger.GetEntityAsync<TableEntity>(Partition, "inv|" + id)).Value;
        invoice["Archive"] = $"[{{\"Sequence\":{sequence},\"ManifestSha256\":\"{new string('0', 64)}\"}}]";
        invoice["EventCount"] = 2;
        await ledger.SubmitTransactionAsync([new(TableTransactionActionType.UpdateReplace, invoice, invoice.ETag), new(TableTransactionActionType.Add, Event(id, 2))]);
    }

    private string NewId() => $"raw-{Interlocked.Increment(ref serial):x12}";

    private static TableEntity Invoice(string id, string number) => new(Partition, "inv|" + id)
    {
        ["Direction"] = "Purchase", ["Number"] = number, ["Status"] = "Issued", ["CounterpartyId"] = "s1", ["SellerId"] = "s1", ["IssueDate"] = "2026-03-01",
        ["Currency"] = "EUR", ["TaxExclusive"] = "1000", ["Tax"] = "200", ["TaxInclusive"] = "1200", ["Due"] = "1200", ["Paid"] = "0", ["Source"] = "Upload",
        ["Archive"] = "[]", ["EventCount"] = 1, ["CreatedAt"] = DateTimeOffset.UtcNow, ["UpdatedAt"] = DateTimeOffset.UtcNow,
    };

    private static TableEntity Event(string id, int sequence) => new(Partition, string.Create(CultureInfo.InvariantCulture, $"evt|{id}|{sequence:000000}"))
    {
        ["Type"] = "Created", ["At"] = DateTimeOffset.UtcNow, ["StatusAfter"] = "Issued", ["Actor"] = "bench", ["Detail"] = "Upload",
    };
}
