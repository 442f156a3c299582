namespace InvoiceFunctions.LocalHost.Hosting;

/// <summary>host.json extensions.queues, with the Functions host's defaults.</summary>
public sealed record QueueSettings
{
    public int BatchSize { get; init; } = 16;

    public int NewBatchThreshold { get; init; } = 8;

    public int MaxDequeueCount { get; init; } = 5;

    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.Zero;

    public TimeSpan MaxPollingInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Invisibility of a message while its function runs (LocalHost:QueueMessageLease, not a host.json key).</summary>
    public TimeSpan MessageLease { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The Storage Queues extension reads and writes messages base64-encoded unless messageEncoding is "none".</summary>
    public bool Base64Encoding { get; init; } = true;
}
