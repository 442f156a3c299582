using System.Reflection;
using System.Text.Json;
using InvoiceFunctions.LocalHost.Hosting;
using InvoiceFunctions.LocalHost.Invocation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace InvoiceFunctions.LocalHost.Http;

/// <summary>An HTTP-triggered function bound to its route: key check, arguments, invocation, result written back.</summary>
public sealed class HttpFunction
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private const string BodyKey = "$body";
    private readonly FunctionInvoker invoker;
    private readonly bool readsBody;

    private HttpFunction(string name, string route, IReadOnlyList<string> methods, AuthorizationLevel level, FunctionInvoker invoker, bool readsBody)
    {
        this.readsBody = readsBody;
        Name = name;
        Route = route;
        Methods = methods;
        Level = level;
        this.invoker = invoker;
    }

    public string Name { get; }

    public string Route { get; }

    public IReadOnlyList<string> Methods { get; }

    public AuthorizationLevel Level { get; }

    public static HttpFunction Create(FunctionMetadata function, MethodInfo method)
    {
        var trigger = function.Trigger;
        if (!Enum.TryParse<AuthorizationLevel>(trigger.GetString("authLevel") ?? "Function", ignoreCase: true, out var level) || level == AuthorizationLevel.User)
        {
            throw new LocalHostStartException(function.Name, $"authorization level '{trigger.GetString("authLevel")}' is not supported");
        }

        foreach (var output in function.OtherBindings.Where(b => b.Direction == "Out" && b.Type != "http"))
        {
            throw new LocalHostStartException(function.Name, $"output binding '{output.Name}' of type {output.Type} is not supported");
        }

        var arguments = ParameterBinder.Plan(
            function.Name,
            method,
            p => p.GetCustomAttribute<HttpTriggerAttribute>() is not null,
            type => type == typeof(HttpRequest) ? value => ((HttpContext)value!).Request : null,
            p => IsFromBody(p)
                ? context => JsonSerializer.Deserialize(((byte[]?)context.BindingData[BodyKey]) ?? [], p.ParameterType, Json)
                : p.ParameterType == typeof(HttpContext) ? context => context.TriggerValue : null);
        var methods = trigger.GetStrings("methods").Select(m => m.ToUpperInvariant()).ToList();
        return new HttpFunction(function.Name, trigger.GetString("route") ?? function.Name, methods, level, new FunctionInvoker(function.Name, method, arguments), method.GetParameters().Any(IsFromBody));
    }

    private static bool IsFromBody(ParameterInfo parameter) =>
        parameter.GetCustomAttributes().Any(a => a is Microsoft.Azure.Functions.Worker.Http.FromBodyAttribute or Microsoft.AspNetCore.Mvc.FromBodyAttribute);

    public async Task HandleAsync(HttpContext http, KeyStore keys)
    {
        if (Level != AuthorizationLevel.Anonymous && !await AuthorizedAsync(http, keys))
        {
            await Problems.WriteAsync(http, StatusCodes.Status401Unauthorized, "Unauthorized", "A valid function key is required (x-functions-key header or code query parameter).");
            return;
        }

        var data = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in http.Request.Query)
        {
            data[key] = value.ToString();
        }

        foreach (var (key, value) in http.Request.RouteValues)
        {
            data[key] = value;
        }

        if (readsBody)
        {
            // Read before binding: argument sources are synchronous, and Kestrel refuses synchronous body reads.
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
            data[BodyKey] = buffer.ToArray();
        }

        var context = new InvocationContext(http, data, http.RequestServices, http.RequestAborted);
        object? result;
        try
        {
            result = await invoker.InvokeAsync(context);
        }
        catch (Exception) when (!http.Response.HasStarted)
        {
            await Problems.WriteAsync(http, StatusCodes.Status500InternalServerError, "Function failed", $"The function failed; invocation {context.InvocationId} is in the logs.");
            return;
        }

        await WriteResultAsync(http, result);
    }

    private async Task<bool> AuthorizedAsync(HttpContext http, KeyStore store)
    {
        var presented = KeyStore.Presented(http);
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var keys = await store.GetAsync(http.RequestAborted);
        if (KeyStore.Matches(presented, keys.MasterKey))
        {
            return true;
        }

        if (Level is AuthorizationLevel.Admin or AuthorizationLevel.System)
        {
            return false;
        }

        var own = keys.KeysPerFunction.TryGetValue(Name, out var functionKeys) ? functionKeys.Values : [];
        return keys.FunctionKeys.Values.Concat(own).Any(key => KeyStore.Matches(presented, key));
    }

    private static async Task WriteResultAsync(HttpContext http, object? result)
    {
        switch (result)
        {
            case IActionResult action:
                await action.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor()));
                break;
            case IResult minimal:
                await minimal.ExecuteAsync(http);
                break;
            case null:
                http.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
            default:
                await Results.Json(result, Json).ExecuteAsync(http);
                break;
        }
    }
}
