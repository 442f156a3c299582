using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Queues;
using InvoiceFunctions.LocalHost.Hosting;
using InvoiceFunctions.LocalHost.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.LocalHost.Blobs;

/// <summary>
/// Stands in for the Event Grid subscription locally: lists the containers of blob functions and puts one
/// BlobCreated event (Event Grid schema) per new blob version on the blob-events queue. An "emitted" receipt
/// per version, written after the event, keeps hosts sharing the account from emitting it again; a
/// last-modified checkpoint per container keeps a scan from re-examining old blobs.
/// </summary>
public sealed class BlobScanner(
    IReadOnlyList<(string? Connection, string Container)> containers,
    StorageAccounts storage,
    BlobContainerClient hostContainer,
    QueueClient events,
    string hostId,
    TimeSpan interval,
    TimeProvider time,
    ILogger logger) : BackgroundService
{
    private static readonly TimeSpan Overlap = TimeSpan.FromSeconds(10);
    private readonly Dictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await hostContainer.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                await events.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                foreach (var (connection, container) in containers)
                {
                    await ScanAsync(storage.Blobs(connection).GetBlobContainerClient(container), stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                HostLogs.ListenerFailed(logger, "blob scanner", ex);
            }

            await Task.Delay(interval, time, stoppingToken);
        }
    }

    private async Task ScanAsync(BlobContainerClient container, CancellationToken token)
    {
        await container.CreateIfNotExistsAsync(cancellationToken: token);
        var checkpoint = hostContainer.GetBlobClient($"scan/{hostId}/{container.AccountName}/{container.Name}");
        var checkpointed = await ReadCheckpointAsync(checkpoint, token);
        var since = checkpointed > DateTimeOffset.UnixEpoch ? checkpointed - Overlap : DateTimeOffset.UnixEpoch;
        var newest = since;
        await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, token))
        {
            var modified = item.Properties.LastModified ?? DateTimeOffset.MinValue;
            newest = modified > newest ? modified : newest;
            var eTag = item.Properties.ETag?.ToString().Trim('"') ?? "";
            var key = $"{container.Name}/{item.Name}/{eTag}";
            if (modified < since || seen.ContainsKey(key))
            {
                continue;
            }

            var emitted = hostContainer.GetBlobClient($"blobevents/{hostId}/{key}");
            if (!await emitted.ExistsAsync(token))
            {
                await events.SendMessageAsync(EventJson(container, item, eTag), token);
                // A host emitting the same version at the same moment loses here; the functions' receipts absorb the duplicate.
                await BlobLeases.CreateIfAbsentAsync(emitted, token);
            }

            seen[key] = modified;
        }

        foreach (var old in seen.Where(s => s.Value < newest - Overlap - Overlap).Select(s => s.Key).ToList())
        {
            seen.Remove(old);
        }

        await checkpoint.UploadAsync(BinaryData.FromString(newest.ToString("o", CultureInfo.InvariantCulture)), overwrite: true, token);
    }

    private static async Task<DateTimeOffset> ReadCheckpointAsync(BlobClient checkpoint, CancellationToken token)
    {
        try
        {
            var content = await checkpoint.DownloadContentAsync(token);
            return DateTimeOffset.Parse(content.Value.Content.ToString(), CultureInfo.InvariantCulture);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return DateTimeOffset.UnixEpoch;
        }
    }

    private string EventJson(BlobContainerClient container, BlobItem item, string eTag) =>
        JsonSerializer.Serialize(new
        {
            id = Guid.NewGuid().ToString(),
            topic = $"/subscriptions/local/resourceGroups/local/providers/Microsoft.Storage/storageAccounts/{container.AccountName}",
            subject = $"/blobServices/default/containers/{container.Name}/blobs/{item.Name}",
            eventType = "Microsoft.Storage.BlobCreated",
            eventTime = time.GetUtcNow(),
            data = new
            {
                api = "PutBlob",
                eTag,
                contentType = item.Properties.ContentType,
                contentLength = item.Properties.ContentLength,
                blobType = "BlockBlob",
                url = container.GetBlobClient(item.Name).Uri.ToString(),
                sequencer = item.Properties.LastModified?.UtcTicks.ToString("x16", CultureInfo.InvariantCulture),
            },
            dataVersion = "",
            metadataVersion = "1",
        });
}
