namespace InvoiceFunctions.LocalHost.Hosting;

/// <summary>host.json extensions.durableTask, with the Durable Functions defaults.</summary>
public sealed record DurableSettings
{
    public string HubName { get; init; } = "TestHubName";

    public int PartitionCount { get; init; } = 4;

    public TimeSpan MaxQueuePollingInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a message taken by a host that then dies stays invisible before another host gets it.</summary>
    public TimeSpan ControlQueueVisibilityTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan WorkItemQueueVisibilityTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public int MaxConcurrentActivityFunctions { get; init; } = 10;

    public int MaxConcurrentOrchestratorFunctions { get; init; } = 10;
}
