using System.Text.Json;

namespace InvoiceFunctions.LocalHost.Hosting;

/// <summary>The parts of the app's host.json the local host honours, with the Functions host's defaults.</summary>
public sealed record HostJsonSettings
{
    public string RoutePrefix { get; init; } = "api";

    public QueueSettings Queues { get; init; } = new();

    public DurableSettings Durable { get; init; } = new();

    public TimeSpan? FunctionTimeout { get; init; }

    public static HostJsonSettings Load(string path)
    {
        if (!File.Exists(path))
        {
            return new HostJsonSettings();
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = document.RootElement;
        var extensions = Child(root, "extensions");
        var queues = Child(extensions, "queues");
        var durable = Child(extensions, "durableTask");
        var provider = Child(durable, "storageProvider");
        var batchSize = Int(queues, "batchSize") ?? 16;
        return new HostJsonSettings
        {
            RoutePrefix = Str(Child(extensions, "http"), "routePrefix") ?? "api",
            FunctionTimeout = Time(root, "functionTimeout"),
            Queues = new QueueSettings
            {
                BatchSize = batchSize,
                NewBatchThreshold = Int(queues, "newBatchThreshold") ?? batchSize / 2,
                MaxDequeueCount = Int(queues, "maxDequeueCount") ?? 5,
                VisibilityTimeout = Time(queues, "visibilityTimeout") ?? TimeSpan.Zero,
                MaxPollingInterval = Time(queues, "maxPollingInterval") ?? TimeSpan.FromMinutes(1),
                Base64Encoding = !string.Equals(Str(queues, "messageEncoding"), "none", StringComparison.OrdinalIgnoreCase),
            },
            Durable = new DurableSettings
            {
                HubName = Environment.ExpandEnvironmentVariables(Str(durable, "hubName") ?? "TestHubName"),
                PartitionCount = Int(provider, "partitionCount") ?? 4,
                MaxQueuePollingInterval = Time(provider, "maxQueuePollingInterval") ?? TimeSpan.FromSeconds(30),
                ControlQueueVisibilityTimeout = Time(provider, "controlQueueVisibilityTimeout") ?? TimeSpan.FromMinutes(5),
                WorkItemQueueVisibilityTimeout = Time(provider, "workItemQueueVisibilityTimeout") ?? TimeSpan.FromMinutes(5),
                MaxConcurrentActivityFunctions = Int(durable, "maxConcurrentActivityFunctions") ?? 10 * Environment.ProcessorCount,
                MaxConcurrentOrchestratorFunctions = Int(durable, "maxConcurrentOrchestratorFunctions") ?? 10 * Environment.ProcessorCount,
            },
        };
    }

    private static JsonElement Child(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && TryGet(element, name, out var child) ? child : default;

    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && TryGet(element, name, out var v) ? v.ToString() : null;

    private static int? Int(JsonElement element, string name) =>
        int.TryParse(Str(element, name), out var value) ? value : null;

    private static TimeSpan? Time(JsonElement element, string name) =>
        TimeSpan.TryParse(Str(element, name), System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
}
