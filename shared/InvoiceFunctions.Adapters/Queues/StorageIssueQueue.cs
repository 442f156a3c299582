using System.Text.Json;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Issuing;

namespace InvoiceFunctions.Adapters.Queues;

/// <summary>The pipeline's queues on Azure Storage (base64 JSON, as the queue trigger reads them).</summary>
public sealed class StorageIssueQueue(StorageClients clients) : IIssueQueue
{
    public Task SendAsync(IssueStage next, IssueMessage message, CancellationToken cancellationToken) =>
        clients.Queues.GetQueueClient(IssueQueues.Of(next)).SendMessageAsync(JsonSerializer.Serialize(message, StoredJson.Options), cancellationToken);
}
