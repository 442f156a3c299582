using System.Reflection;
using Azure.Storage.Blobs;
using InvoiceFunctions.LocalHost.Hosting;
using InvoiceFunctions.LocalHost.Invocation;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.LocalHost.Blobs;

/// <summary>A blob-triggered function: its path pattern, connection and invoker (content as Stream, bytes, string, BinaryData or BlobClient).</summary>
public sealed class BlobFunction(string name, BlobPathPattern path, string? connection, FunctionInvoker invoker)
{
    public string Name { get; } = name;

    public BlobPathPattern Path { get; } = path;

    public string? Connection { get; } = connection;

    public FunctionInvoker Invoker { get; } = invoker;

    public static BlobFunction Create(FunctionMetadata function, MethodInfo method, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        var trigger = function.Trigger;
        var path = BindingExpressions.Resolve(trigger.GetString("path") ?? throw new LocalHostStartException(function.Name, "its blob trigger has no path"), configuration, function.Name);
        var invoker = new FunctionInvoker(function.Name, method, ParameterBinder.Plan(
            function.Name,
            method,
            p => p.GetCustomAttribute<BlobTriggerAttribute>() is not null,
            Converter));
        return new BlobFunction(function.Name, new BlobPathPattern(path), trigger.GetString("connection"), invoker);
    }

    private static Func<object?, object?>? Converter(Type type) =>
        type == typeof(BlobClient) ? b => b
        : type == typeof(Stream) ? b => ((BlobClient)b!).OpenRead()
        : type == typeof(BinaryData) ? b => ((BlobClient)b!).DownloadContent().Value.Content
        : type == typeof(byte[]) ? b => ((BlobClient)b!).DownloadContent().Value.Content.ToArray()
        : type == typeof(string) ? b => ((BlobClient)b!).DownloadContent().Value.Content.ToString()
        : null;
}
