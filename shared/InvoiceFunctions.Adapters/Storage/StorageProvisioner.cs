using InvoiceFunctions.Application.Issuing;
using Microsoft.Extensions.Hosting;

namespace InvoiceFunctions.Adapters.Storage;

/// <summary>Creates the product's tables, containers and pipeline queues at start (idempotent), so no request pays for it.</summary>
public sealed class StorageProvisioner(StorageClients clients) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var table in TableNames.All)
        {
            await clients.Tables.CreateTableIfNotExistsAsync(table, cancellationToken);
        }

        foreach (var container in ContainerNames.All)
        {
            await clients.Blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        foreach (var queue in IssueQueues.All)
        {
            await clients.Queues.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
