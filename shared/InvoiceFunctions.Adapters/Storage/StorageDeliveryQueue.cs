using System.Text.Json;
using InvoiceFunctions.Application.Delivery;

namespace InvoiceFunctions.Adapters.Storage;

/// <summary>Puts delivery messages on Storage queue "invoice-delivery" (created on first use).</summary>
public sealed class StorageDeliveryQueue(StorageClients clients) : IDeliveryQueue
{
    public async Task EnqueueAsync(DeliveryMessage message, CancellationToken cancellationToken)
    {
        var queue = clients.Queues.GetQueueClient(QueueNames.InvoiceDelivery);
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await queue.SendMessageAsync(JsonSerializer.Serialize(message, StoredJson.Options), cancellationToken);
    }
}
