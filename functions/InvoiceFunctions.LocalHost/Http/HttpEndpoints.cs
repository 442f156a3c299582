using InvoiceFunctions.LocalHost.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InvoiceFunctions.LocalHost.Http;

/// <summary>Maps HTTP functions under /{routePrefix}/{route}, plus the host's own admin and health routes.</summary>
public static class HttpEndpoints
{
    public static void MapFunctions(this IEndpointRouteBuilder endpoints, IReadOnlyList<HttpFunction> functions, string routePrefix)
    {
        var prefix = string.IsNullOrEmpty(routePrefix) ? "" : "/" + routePrefix.Trim('/');
        foreach (var function in functions)
        {
            var builder = endpoints.Map(prefix + "/" + function.Route.TrimStart('/'), http => function.HandleAsync(http, http.RequestServices.GetRequiredService<KeyStore>()))
                .WithDisplayName(function.Name);
            if (function.Methods.Count > 0)
            {
                builder.WithMetadata(new HttpMethodMetadata(function.Methods));
            }
        }

        endpoints.MapGet("/admin/host/keys", async (HttpContext http, KeyStore store) =>
        {
            var keys = await store.GetAsync(http.RequestAborted);
            var presented = KeyStore.Presented(http);
            if (!KeyStore.Matches(presented, keys.MasterKey))
            {
                await Problems.WriteAsync(http, StatusCodes.Status401Unauthorized, "Unauthorized", "The master key is required.");
                return;
            }

            await Results.Json(new { keys = keys.FunctionKeys.Select(k => new { name = k.Key, value = k.Value }) }).ExecuteAsync(http);
        });
    }

    /// <summary>Answers unmatched routes as problem+json rather than an empty 404.</summary>
    public static void UseProblemNotFound(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            await next(http);
            if (http.Response.StatusCode is 404 or 405 && !http.Response.HasStarted && http.GetEndpoint() is null)
            {
                var status = http.Response.StatusCode;
                await Problems.WriteAsync(http, status, status == 404 ? "Not found" : "Method not allowed", $"No function answers {http.Request.Method} {http.Request.Path}.");
            }
        });
}
