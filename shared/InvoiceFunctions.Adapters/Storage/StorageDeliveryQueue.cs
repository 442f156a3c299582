using System.Text.Json;
using InvoiceFunctions.Application.Delivery;

namespace InvoiceFunctions.Adapters.Storage;

/// <summary>Puts delivery messages on Storage queue "invoice-delivery" (created on first use), hidden for a delay when asked (at most 7 days).</summary>
public sealed class StorageDeliveryQueue(StorageClients clients) : IDeliveryQueue
{
    public Task EnqueueAsync(DeliveryMessage message, CancellationToken cancellationToken) => EnqueueAsync(message, TimeSpan.Zero, cancellationToken);

    public async Task EnqueueAsync(DeliveryMessage message, TimeSpan delay, CancellationToken cancellationToken)
    {
        var queue = clients.Queues.GetQueueClient(QueueNames.InvoiceDelivery);
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await queue.SendMessageAsync(JsonSerializer.Serialize(message, StoredJson.Options), delay > TimeSpan.Zero ? delay : null, cancellationToken: cancellationToken);
    }
}
