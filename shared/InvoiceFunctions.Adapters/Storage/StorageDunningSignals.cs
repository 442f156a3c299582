using System.Text.Json;
using InvoiceFunctions.Application.Dunning;

namespace InvoiceFunctions.Adapters.Storage;

/// <summary>
/// Puts dunning signals on Storage queue "dunning-signals", base64 like the Functions extension. The queue is created on
/// this process's first send only (infra creates it in Azure): a signal rides along every issue and payment, so it costs
/// one round trip, not two.
/// </summary>
public sealed class StorageDunningSignals(StorageClients clients) : IDunningSignals
{
    private volatile bool created;

    public async Task SendAsync(DunningSignal signal, CancellationToken cancellationToken)
    {
        var queue = clients.Queues.GetQueueClient(QueueNames.DunningSignals);
        if (!created)
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            created = true;
        }

        await queue.SendMessageAsync(JsonSerializer.Serialize(signal, StoredJson.Options), cancellationToken);
    }
}
