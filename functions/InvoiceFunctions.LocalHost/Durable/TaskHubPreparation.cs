using DurableTask.AzureStorage;
using InvoiceFunctions.LocalHost.Hosting;
using InvoiceFunctions.LocalHost.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.LocalHost.Durable;

/// <summary>Creates the task hub's tables, queues and lease blobs before anything uses them (idempotent).</summary>
public sealed class TaskHubPreparation(AzureStorageOrchestrationService service, DurableSettings settings, string workerId, ILoggerFactory loggers) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await service.CreateIfNotExistsAsync();
        HostLogs.DurableReady(loggers.CreateLogger<TaskHubPreparation>(), settings.HubName, settings.PartitionCount, workerId);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
