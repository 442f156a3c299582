using System.Text.Json;
using InvoiceFunctions.Application.Dunning;

namespace InvoiceFunctions.Adapters.Storage;

/// <summary>Puts dunning signals on Storage queue "dunning-signals" (created on first use), base64 like the Functions extension.</summary>
public sealed class StorageDunningSignals(StorageClients clients) : IDunningSignals
{
    public async Task SendAsync(DunningSignal signal, CancellationToken cancellationToken)
    {
        var queue = clients.Queues.GetQueueClient(QueueNames.DunningSignals);
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await queue.SendMessageAsync(JsonSerializer.Serialize(signal, StoredJson.Options), cancellationToken);
    }
}
