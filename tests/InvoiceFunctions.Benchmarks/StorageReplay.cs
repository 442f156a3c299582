using System.Diagnostics;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Queues;

namespace InvoiceFunctions.Benchmarks;

/// <summary>
/// The ceiling of the issue benchmark: per invoice, the storage operations the app does for it (counted from the code
/// of the draft and issue requests and of the five stages), replayed with the bare Azure SDK on the same Azurite, at
/// the same number of invoices in flight, with no CPU work of ours (no composing, validating, rendering).
/// </summary>
public static class StorageReplay
{
    public const string Mix = "per invoice: 28 table reads, 15 table writes or transactions (the archive head shared, taken in turns and moved once per group of waiting invoices, as in the app), 5 blob puts (2 x 45 KB), 5 blob reads, 1 listing, 7 queue sends, each received and deleted";

    private static readonly byte[] Small = new byte[1_500];
    private static readonly SemaphoreSlim HeadTurn = new(1, 1);
    private static readonly System.Collections.Concurrent.ConcurrentQueue<(string Id, TaskCompletionSource Done)> Waiting = new();
    private static TableEntity? headKnown;
    private static readonly byte[] Pdf = new byte[45_000];

    public static async Task<double> RunAsync(string connectionString, int invoices, int concurrency)
    {
        var tables = new TableServiceClient(connectionString);
        var table = tables.GetTableClient("ReplayLedger");
        await table.CreateIfNotExistsAsync();
        var blobs = new BlobServiceClient(connectionString).GetBlobContainerClient("replay");
        await blobs.CreateIfNotExistsAsync();
        var queue = new QueueClient(connectionString, "replay-stages");
        await queue.CreateIfNotExistsAsync();
        foreach (var row in new[] { "key", "member", "product", "profile", "company", "customer" })
        {
            await table.UpsertEntityAsync(new TableEntity("p", row) { ["Value"] = new string('x', 300) });
        }

        await table.UpsertEntityAsync(new TableEntity("p", "head") { ["Sequence"] = 0L });
        var next = -1;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            for (var n = Interlocked.Increment(ref next); n < invoices; n = Interlocked.Increment(ref next))
            {
                await InvoiceAsync(table, blobs, queue, $"c{concurrency}-i{n}");
            }
        }));
        return invoices / stopwatch.Elapsed.TotalSeconds;
    }

    private static async Task InvoiceAsync(TableClient table, BlobContainerClient blobs, QueueClient queue, string id)
    {
        // Draft request: key + membership, idempotency claim, product + profile + company + customer, draft blob, ledger row + event, idempotency answer.
        await ReadAsync(table, 6);
        await WriteAsync(table, id, "idem-d");
        await PutAsync(blobs, $"{id}/draft", Small);
        await TransactionAsync(table, id, "inv", "evt1");
        await WriteAsync(table, id, "idem-d", update: true);

        // Issue request: key + membership, claim, ledger x2, draft, snapshot x3, tracker, ledger update, queue, answer.
        await ReadAsync(table, 2);
        await WriteAsync(table, id, "idem-i");
        await ReadAsync(table, 5);
        await GetAsync(blobs, $"{id}/draft");
        await WriteAsync(table, id, "tracked");
        await ReadAsync(table, 1);
        await TransactionAsync(table, id, "inv", "evt2", update: true);
        await QueueAsync(queue);
        await WriteAsync(table, id, "idem-i", update: true);

        // Validate: ledger, draft, snapshot x3, frozen draft, ledger update (from the row read), next queue.
        await ReadAsync(table, 4);
        await GetAsync(blobs, $"{id}/draft");
        await PutAsync(blobs, $"{id}/frozen", Small);
        await TransactionAsync(table, id, "inv", "evt3", update: true);
        await QueueAsync(queue);

        // Number: ledger, draft, counter + invoice + event (from the row read and the counter this process wrote), next queue.
        await ReadAsync(table, 1);
        await GetAsync(blobs, $"{id}/frozen");
        await TransactionAsync(table, id, "inv", "evt4", update: true);
        await QueueAsync(queue);

        // Render: ledger, draft, the Factur-X PDF, ledger update (from the row read), next queue.
        await ReadAsync(table, 1);
        await GetAsync(blobs, $"{id}/frozen");
        await PutAsync(blobs, $"{id}/rendered.pdf", Pdf);
        await TransactionAsync(table, id, "inv", "evt5", update: true);
        await QueueAsync(queue);

        // Archive: ledger, listing + PDF, ledger, key, file, then manifest and chain append on the shared head (taking turns,
        // from the head this process wrote, every invoice waiting linked in one group), ledger + update, next queue.
        await ReadAsync(table, 1);
        await blobs.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, $"{id}/", default).AsPages().GetAsyncEnumerator().MoveNextAsync();
        await GetAsync(blobs, $"{id}/rendered.pdf");
        await ReadAsync(table, 2);
        await PutAsync(blobs, $"{id}/archived.pdf", Pdf);
        await AppendToHeadAsync(table, blobs, id);
        await ReadAsync(table, 1);
        await TransactionAsync(table, id, "inv", "evt6", update: true);
        await QueueAsync(queue);

        // Record: ledger x2, issued update (from the row read), ledger + history, event feed, delivery queue, tracker delete.
        await ReadAsync(table, 2);
        await TransactionAsync(table, id, "inv", "evt7", update: true);
        await ReadAsync(table, 2);
        await TransactionAsync(table, id, "feed-k", "feed-e");
        await QueueAsync(queue);
        await table.DeleteEntityAsync(id, "tracked");
    }

    private static async Task ReadAsync(TableClient table, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await table.GetEntityIfExistsAsync<TableEntity>("p", "customer");
        }
    }

    private static Task WriteAsync(TableClient table, string partition, string row, bool update = false) =>
        update ? table.UpsertEntityAsync(new TableEntity(partition, row) { ["Status"] = 200 }, TableUpdateMode.Replace) : table.AddEntityAsync(new TableEntity(partition, row) { ["Status"] = 0 });

    private static Task TransactionAsync(TableClient table, string partition, string row, string eventRow, bool update = false) =>
        table.SubmitTransactionAsync(
        [
            new(update ? TableTransactionActionType.UpsertReplace : TableTransactionActionType.Add, new TableEntity(partition, row) { ["Body"] = new string('x', 800) }),
            new(TableTransactionActionType.Add, new TableEntity(partition, eventRow) { ["Type"] = eventRow }),
        ]);

    private static async Task AppendToHeadAsync(TableClient table, BlobContainerClient blobs, string id)
    {
        // As the app: one writer of this process at a time, from the head it wrote last (read only when that is stale);
        // the writer links every invoice waiting behind it: their manifests side by side, then one head update.
        var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Waiting.Enqueue((id, mine));
        await HeadTurn.WaitAsync();
        try
        {
            while (!mine.Task.IsCompleted)
            {
                var group = new List<(string Id, TaskCompletionSource Done)>();
                while (group.Count < 48 && Waiting.TryDequeue(out var next))
                {
                    group.Add(next);
                }

                await Task.WhenAll(group.Select(g => PutAsync(blobs, $"{g.Id}/manifest", Small)));
                await MoveHeadAsync(table, group.Select(g => g.Id).ToList());
                group.ForEach(g => g.Done.TrySetResult());
            }
        }
        finally
        {
            HeadTurn.Release();
        }
    }

    private static async Task MoveHeadAsync(TableClient table, List<string> ids)
    {
        while (true)
        {
            headKnown ??= (await table.GetEntityAsync<TableEntity>("p", "head")).Value;
            try
            {
                // One transaction as the app's: the head, the day's root, an entry and a key row per invoice.
                var next = new TableEntity("p", "head") { ["Sequence"] = headKnown.GetInt64("Sequence") + ids.Count };
                List<TableTransactionAction> actions =
                [
                    new(TableTransactionActionType.UpdateReplace, next, headKnown.ETag),
                    new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "day") { ["Root"] = new string('r', 64) }),
                ];
                actions.AddRange(ids.SelectMany(id => new TableTransactionAction[]
                {
                    new(TableTransactionActionType.Add, new TableEntity("p", "e|" + id) { ["Manifest"] = new string('m', 64) }),
                    new(TableTransactionActionType.Add, new TableEntity("p", "k|" + id) { ["Sequence"] = 1L }),
                }));
                var written = await table.SubmitTransactionAsync(actions);
                next.ETag = written.Value[0].Headers.ETag ?? default;
                headKnown = next;
                return;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                headKnown = null;
            }
        }
    }

    private static Task PutAsync(BlobContainerClient blobs, string name, byte[] content) =>
        blobs.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(content), new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } });

    private static Task GetAsync(BlobContainerClient blobs, string name) => blobs.GetBlobClient(name).DownloadContentAsync();

    private static async Task QueueAsync(QueueClient queue)
    {
        await queue.SendMessageAsync("{}");
        foreach (var message in (await queue.ReceiveMessagesAsync(1)).Value)
        {
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
        }
    }
}
