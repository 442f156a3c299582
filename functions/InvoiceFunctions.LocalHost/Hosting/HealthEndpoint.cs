using Azure.Storage.Blobs;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.LocalHost.Hosting;

/// <summary>
/// GET /health: the host is up, its functions are loaded, the storage account answers and, for an app with
/// orchestrations, the Durable engine answers through its gRPC channel. The last one matters to callers that start or
/// signal orchestrations: the sidecar comes up after the HTTP endpoints, and "healthy" before it would send them 503s.
/// </summary>
public static class HealthEndpoint
{
    private const string Probe = "health-probe";

    public static void Map(IEndpointRouteBuilder endpoints, int functionCount) =>
        endpoints.MapGet("/health", async (StorageAccounts storage, IOptions<LocalHostOptions> options, IServiceProvider services, CancellationToken cancellationToken) =>
        {
            var hostId = options.Value.HostId;
            try
            {
                await storage.Blobs().GetPropertiesAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or AggregateException)
            {
                return Results.Json(new { status = "Unhealthy", hostId, functions = functionCount, storage = ex.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            if (services.GetService<DurableTaskClient>() is not { } durable)
            {
                return Results.Json(new { status = "Healthy", hostId, functions = functionCount, storage = "reachable" });
            }

            try
            {
                // A read of an instance that never exists: the whole path (channel, sidecar, task hub) without writing.
                await durable.GetInstanceAsync(Probe, getInputsAndOutputs: false, cancellationToken);
                return Results.Json(new { status = "Healthy", hostId, functions = functionCount, storage = "reachable", durable = "reachable" });
            }
            catch (RpcException ex)
            {
                return Results.Json(
                    new { status = "Unhealthy", hostId, functions = functionCount, storage = "reachable", durable = ex.Status.Detail },
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
}
