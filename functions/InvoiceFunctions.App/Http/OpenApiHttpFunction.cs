using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Http;

/// <summary>An HTTP-triggered [Function] method of the app, as its attributes declare it (what the SDK writes to functions.metadata).</summary>
public sealed partial record OpenApiHttpFunction(string Name, string Route, IReadOnlyList<string> Methods, AuthorizationLevel Level, MethodInfo Method)
{
    /// <summary>The route prefix of host.json (extensions.http.routePrefix).</summary>
    public const string RoutePrefix = "api";

    /// <summary>The OpenAPI path: the route under the prefix with constraints, defaults and catch-all marks dropped ({id:int?} is {id}).</summary>
    public string Path => "/" + RoutePrefix + "/" + RouteParameter().Replace(Route, "{${name}}");

    public IReadOnlyList<string> PathParameters => RouteParameter().Matches(Route).Select(m => m.Groups["name"].Value).ToList();

    /// <summary>Every HTTP function of <paramref name="assembly"/>, found the way the Functions SDK finds them.</summary>
    public static IReadOnlyList<OpenApiHttpFunction> Discover(Assembly assembly) =>
        (from type in assembly.GetTypes()
         from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
         let function = method.GetCustomAttribute<FunctionAttribute>()
         where function is not null
         let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(t => t is not null)
         where trigger is not null
         orderby trigger.Route ?? function.Name, function.Name
         select new OpenApiHttpFunction(
             function.Name,
             trigger.Route ?? function.Name,
             (trigger.Methods is { Length: > 0 } methods ? methods : ["get", "post"]).Select(m => m.ToLowerInvariant()).ToList(),
             trigger.AuthLevel,
             method)).ToList();

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
