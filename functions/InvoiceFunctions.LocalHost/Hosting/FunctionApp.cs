using System.Reflection;
using System.Runtime.Loader;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InvoiceFunctions.LocalHost.Hosting;

/// <summary>
/// A built function app: its folder, assembly, functions.metadata and host.json. The assembly loads into the
/// default context; what the host does not carry itself resolves from the app's own folder and deps.json.
/// </summary>
public sealed class FunctionApp
{
    /// <summary>Assembly metadata key naming the app's service registration method, "Namespace.Type.Method".</summary>
    public const string ServicesMetadataKey = "FunctionsServices";

    private FunctionApp(string appPath, Assembly assembly, IReadOnlyList<FunctionMetadata> functions, HostJsonSettings hostJson)
    {
        AppPath = appPath;
        Assembly = assembly;
        Functions = functions;
        HostJson = hostJson;
    }

    public string AppPath { get; }

    public Assembly Assembly { get; }

    public IReadOnlyList<FunctionMetadata> Functions { get; }

    public HostJsonSettings HostJson { get; }

    public static FunctionApp Load(string appPath)
    {
        var folder = Path.GetFullPath(appPath);
        var metadataPath = Path.Combine(folder, "functions.metadata");
        if (!File.Exists(metadataPath))
        {
            throw new InvalidOperationException($"No functions.metadata in {folder}: build the function app first (dotnet build).");
        }

        var functions = FunctionMetadata.Load(metadataPath);
        var scriptFile = functions.Select(f => f.ScriptFile).Distinct().SingleOrDefault()
            ?? throw new InvalidOperationException($"{metadataPath} lists no function.");
        var assemblyPath = Path.Combine(folder, scriptFile);
        var resolver = new AssemblyDependencyResolver(assemblyPath);
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            resolver.ResolveAssemblyToPath(name) is { } path ? context.LoadFromAssemblyPath(path) : null;
        AssemblyLoadContext.Default.ResolvingUnmanagedDll += (_, name) =>
            resolver.ResolveUnmanagedDllToPath(name) is { } path ? System.Runtime.InteropServices.NativeLibrary.Load(path) : IntPtr.Zero;
        var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(assemblyPath);
        return new FunctionApp(folder, assembly, functions, HostJsonSettings.Load(Path.Combine(folder, "host.json")));
    }

    /// <summary>
    /// Calls the app's own registration method (the one its Program.cs calls under the Functions host), named by
    /// [assembly: AssemblyMetadata("FunctionsServices", "Namespace.Type.Method")]; signature (IServiceCollection, IConfiguration).
    /// </summary>
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var name = Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == ServicesMetadataKey)?.Value;
        if (name is null)
        {
            return;
        }

        var split = name.LastIndexOf('.');
        var type = Assembly.GetType(name[..split], throwOnError: true)!;
        var method = type.GetMethod(name[(split + 1)..], BindingFlags.Public | BindingFlags.Static, [typeof(IServiceCollection), typeof(IConfiguration)])
            ?? throw new InvalidOperationException($"{name}(IServiceCollection, IConfiguration) not found in {Assembly.GetName().Name}.");
        try
        {
            method.Invoke(null, [services, configuration]);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
        }
    }

    public MethodInfo ResolveMethod(FunctionMetadata function)
    {
        var split = function.EntryPoint.LastIndexOf('.');
        var type = split > 0 ? Assembly.GetType(function.EntryPoint[..split]) : null;
        var methods = type?.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(m => m.Name == function.EntryPoint[(split + 1)..]).ToList();
        return methods is { Count: 1 }
            ? methods[0]
            : throw new LocalHostStartException(function.Name, $"entry point {function.EntryPoint} does not name exactly one public method");
    }
}
