using Azure;
using Azure.Messaging.EventGrid;
using Azure.Messaging.EventGrid.SystemEvents;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Azure.Storage.Queues.Models;
using InvoiceFunctions.LocalHost.Hosting;
using InvoiceFunctions.LocalHost.Invocation;
using InvoiceFunctions.LocalHost.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.LocalHost.Blobs;

/// <summary>
/// Handles blob-created events in the Event Grid schema (from the scanner here, from an Event Grid
/// subscription in Azure) for every blob function whose path matches. A receipt per function and blob
/// version ("blobreceipts/{hostId}/{function}/{etag}/{container}/{blob}") is leased while the function runs
/// and marked completed after, so a version is handled once even when the event arrives twice.
/// </summary>
public sealed class BlobEventDispatcher(
    IReadOnlyList<BlobFunction> functions,
    StorageAccounts storage,
    BlobContainerClient hostContainer,
    string hostId,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger logger)
{
    private const string SubjectPrefix = "/blobServices/default/containers/";
    private static readonly TimeSpan ReceiptLease = TimeSpan.FromSeconds(60);

    public async Task HandleAsync(QueueMessage message, CancellationToken token)
    {
        foreach (var gridEvent in Parse(message.Body))
        {
            if (gridEvent.TryGetSystemEventData(out var data) && data is StorageBlobCreatedEventData created
                && gridEvent.Subject.StartsWith(SubjectPrefix, StringComparison.Ordinal))
            {
                var rest = gridEvent.Subject[SubjectPrefix.Length..];
                var split = rest.IndexOf("/blobs/", StringComparison.Ordinal);
                var (container, blobName) = (rest[..split], rest[(split + "/blobs/".Length)..]);
                foreach (var function in functions)
                {
                    if (function.Path.TryMatch(container, blobName, out var values))
                    {
                        await RunOnceAsync(function, container, blobName, created.ETag.Trim('"'), values, gridEvent.Subject, token);
                    }
                }
            }
        }
    }

    private static IEnumerable<EventGridEvent> Parse(BinaryData body)
    {
        var text = body.ToString().TrimStart();
        if (!text.StartsWith('{') && !text.StartsWith('['))
        {
            // Event Grid's storage-queue destination may deliver the event base64-encoded.
            text = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(text));
        }

        return text.TrimStart().StartsWith('[') ? EventGridEvent.ParseMany(BinaryData.FromString(text)) : [EventGridEvent.Parse(BinaryData.FromString(text))];
    }

    private async Task RunOnceAsync(BlobFunction function, string container, string blobName, string eTag, Dictionary<string, object?> values, string subject, CancellationToken token)
    {
        var blob = storage.Blobs(function.Connection).GetBlobContainerClient(container).GetBlobClient(blobName);
        if (!await blob.ExistsAsync(token))
        {
            return;
        }

        await hostContainer.CreateIfNotExistsAsync(cancellationToken: token);
        var receipt = hostContainer.GetBlobClient($"blobreceipts/{hostId}/{function.Name}/{eTag}/{container}/{blobName}");
        // A second delivery of the event finds the receipt already there.
        await BlobLeases.CreateIfAbsentAsync(receipt, token);
        if (await IsCompletedAsync(receipt, token))
        {
            HostLogs.BlobAlreadyHandled(logger, subject, function.Name, eTag);
            return;
        }

        // Throws 409 when another host is running it now: the event comes back after the visibility back-off.
        var lease = receipt.GetBlobLeaseClient();
        await lease.AcquireAsync(ReceiptLease, cancellationToken: token);
        using var running = CancellationTokenSource.CreateLinkedTokenSource(token);
        var renewing = BlobLeases.KeepAsync(lease, ReceiptLease / 3, time, running);
        try
        {
            // Checked again under the lease: the host that held it before may have just completed it.
            if (await IsCompletedAsync(receipt, token))
            {
                HostLogs.BlobAlreadyHandled(logger, subject, function.Name, eTag);
                return;
            }

            values["BlobTrigger"] = $"{container}/{blobName}";
            values["Uri"] = blob.Uri.ToString();
            await using var scope = scopes.CreateAsyncScope();
            await function.Invoker.InvokeAsync(new InvocationContext(blob, values, scope.ServiceProvider, token));
            await receipt.SetMetadataAsync(new Dictionary<string, string> { ["Completed"] = "true" }, new BlobRequestConditions { LeaseId = lease.LeaseId }, token);
        }
        finally
        {
            await running.CancelAsync();
            await renewing;
            await BlobLeases.ReleaseQuietlyAsync(lease);
        }
    }

    private static async Task<bool> IsCompletedAsync(BlobClient receipt, CancellationToken token)
    {
        var properties = await receipt.GetPropertiesAsync(cancellationToken: token);
        return properties.Value.Metadata.TryGetValue("Completed", out var completed) && completed == "true";
    }
}
