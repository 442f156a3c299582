using System.Reflection;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Grpc.Net.Client;
using InvoiceFunctions.LocalHost.Hosting;
using InvoiceFunctions.LocalHost.Invocation;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.LocalHost.Durable;

/// <summary>
/// The Durable Task Framework engine for the app's orchestrator and activity functions: the Azure Storage
/// backend (the Durable Functions default) on the app's storage account, the TaskHubGrpcServer sidecar on a
/// loopback HTTP/2 port, and the gRPC worker and client of Microsoft.DurableTask. No engine of our own.
/// </summary>
public static class DurableHosting
{
    public static void AddDurable(
        IServiceCollection services,
        DurableSettings settings,
        StorageAccounts storage,
        int grpcPort,
        IReadOnlyList<(FunctionMetadata Function, MethodInfo Method)> orchestrators,
        IReadOnlyList<(FunctionMetadata Function, MethodInfo Method)> activities,
        Func<IServiceProvider> rootServices)
    {
        var workerId = $"{Environment.MachineName}-{Environment.ProcessId}";
        services.AddSingleton(sp =>
        {
            var connectionString = storage.GetConnectionString()
                ?? throw new InvalidOperationException("The Durable engine needs AzureWebJobsStorage as a connection string in the local host.");
            return new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
            {
                StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
                TaskHubName = settings.HubName,
                PartitionCount = settings.PartitionCount,
                MaxQueuePollingInterval = settings.MaxQueuePollingInterval,
                ControlQueueVisibilityTimeout = settings.ControlQueueVisibilityTimeout,
                WorkItemQueueVisibilityTimeout = settings.WorkItemQueueVisibilityTimeout,
                MaxConcurrentTaskActivityWorkItems = settings.MaxConcurrentActivityFunctions,
                MaxConcurrentTaskOrchestrationWorkItems = settings.MaxConcurrentOrchestratorFunctions,
                WorkerId = workerId,
                LoggerFactory = sp.GetRequiredService<ILoggerFactory>(),
            });
        });
        services.AddSingleton<IOrchestrationService>(sp => new StorableSubOrchestrations(sp.GetRequiredService<AzureStorageOrchestrationService>()));
        services.AddSingleton<IOrchestrationServiceClient>(sp => sp.GetRequiredService<AzureStorageOrchestrationService>());
        services.AddHostedService(sp => new TaskHubPreparation(sp.GetRequiredService<AzureStorageOrchestrationService>(), settings, workerId, sp.GetRequiredService<ILoggerFactory>()));
        services.AddGrpc();
        services.AddOptions<TaskHubGrpcServerOptions>();
        services.AddSingleton<TaskHubGrpcServer>();

        var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPort}");
        services.AddDurableTaskClient(builder => builder.UseGrpc(channel));
        services.AddDurableTaskWorker(builder =>
        {
            builder.AddTasks(registry =>
            {
                foreach (var (function, method) in orchestrators)
                {
                    var invoker = new FunctionInvoker(function.Name, method, ParameterBinder.Plan(
                        function.Name, method, p => p.GetCustomAttribute<OrchestrationTriggerAttribute>() is not null,
                        type => type == typeof(TaskOrchestrationContext) ? c => c : null));
                    registry.AddOrchestrator(function.Name, () => new FunctionOrchestrator(invoker, rootServices()));
                }

                foreach (var (function, method) in activities)
                {
                    var trigger = method.GetParameters().FirstOrDefault(p => p.GetCustomAttribute<ActivityTriggerAttribute>() is not null);
                    var invoker = new FunctionInvoker(function.Name, method, ParameterBinder.Plan(
                        function.Name, method, p => p.GetCustomAttribute<ActivityTriggerAttribute>() is not null, _ => input => input));
                    registry.AddActivity(function.Name, sp => new FunctionActivity(invoker, trigger?.ParameterType ?? typeof(object), sp.GetRequiredService<IServiceScopeFactory>()));
                }
            });
            builder.UseGrpc(channel);
        });
    }
}
