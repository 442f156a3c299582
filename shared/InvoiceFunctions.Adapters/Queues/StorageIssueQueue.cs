using System.Text.Json;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Issuing;

namespace InvoiceFunctions.Adapters.Queues;

/// <summary>The pipeline's queues on Azure Storage (base64 JSON, as the queue trigger reads them).</summary>
public sealed class StorageIssueQueue(StorageClients clients) : IIssueQueue
{
    public Task SendAsync(IssueStage next, IssueMessage message, CancellationToken cancellationToken) =>
        SendAsync(IssueQueues.Of(next), message, cancellationToken);

    public Task SendToDeliveryAsync(IssueMessage message, CancellationToken cancellationToken) =>
        SendAsync(IssueQueues.Delivery, new { company = message.Company, invoiceId = message.InvoiceId, reason = "issued" }, cancellationToken);

    private Task SendAsync(string queue, object body, CancellationToken cancellationToken) =>
        clients.Queues.GetQueueClient(queue).SendMessageAsync(JsonSerializer.Serialize(body, StoredJson.Options), cancellationToken);
}
