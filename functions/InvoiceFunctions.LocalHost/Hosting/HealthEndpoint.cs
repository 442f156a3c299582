using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.LocalHost.Hosting;

/// <summary>GET /health: the host is up, its functions are loaded and the storage account answers.</summary>
public static class HealthEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints, int functionCount) =>
        endpoints.MapGet("/health", async (StorageAccounts storage, IOptions<LocalHostOptions> options, CancellationToken cancellationToken) =>
        {
            try
            {
                await storage.Blobs().GetPropertiesAsync(cancellationToken);
                return Results.Json(new { status = "Healthy", hostId = options.Value.HostId, functions = functionCount, storage = "reachable" });
            }
            catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or AggregateException)
            {
                return Results.Json(new { status = "Unhealthy", hostId = options.Value.HostId, functions = functionCount, storage = ex.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
}
