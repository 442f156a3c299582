using Microsoft.Extensions.Hosting;

namespace InvoiceFunctions.Adapters.Storage;

/// <summary>Creates the product's tables at start (idempotent), so no request pays for it.</summary>
public sealed class StorageProvisioner(StorageClients clients) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var table in TableNames.All)
        {
            await clients.Tables.CreateTableIfNotExistsAsync(table, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
