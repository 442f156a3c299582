using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.LocalHost.Telemetry;

/// <summary>The local host's structured log messages.</summary>
public static partial class HostLogs
{
    [LoggerMessage(1, LogLevel.Error, "Function {FunctionName} failed (invocation {InvocationId})")]
    public static partial void FunctionFailed(ILogger logger, string functionName, string invocationId, Exception exception);

    [LoggerMessage(2, LogLevel.Information, "Loaded {Count} functions from {AppPath}: {Functions}")]
    public static partial void FunctionsLoaded(ILogger logger, int count, string appPath, string functions);

    [LoggerMessage(3, LogLevel.Warning, "Message {MessageId} from queue {QueueName} moved to {PoisonQueue} after {DequeueCount} dequeues")]
    public static partial void MovedToPoison(ILogger logger, string messageId, string queueName, string poisonQueue, long dequeueCount);

    [LoggerMessage(4, LogLevel.Information, "Timer {FunctionName} runs (scheduled {Scheduled:o}, past due {IsPastDue})")]
    public static partial void TimerFiring(ILogger logger, string functionName, DateTimeOffset scheduled, bool isPastDue);

    [LoggerMessage(5, LogLevel.Information, "Host {HostId} holds the timer lock of {FunctionName}")]
    public static partial void TimerLockAcquired(ILogger logger, string hostId, string functionName);

    [LoggerMessage(6, LogLevel.Warning, "Listener {Listener} failed; retrying")]
    public static partial void ListenerFailed(ILogger logger, string listener, Exception exception);

    [LoggerMessage(7, LogLevel.Information, "Blob event {Subject} for {FunctionName} skipped: version {ETag} already handled")]
    public static partial void BlobAlreadyHandled(ILogger logger, string subject, string functionName, string eTag);

    [LoggerMessage(8, LogLevel.Information, "HTTP functions listening on {Address}")]
    public static partial void Listening(ILogger logger, string address);

    [LoggerMessage(9, LogLevel.Information, "Durable task hub {HubName} ready ({PartitionCount} partitions, worker {WorkerId})")]
    public static partial void DurableReady(ILogger logger, string hubName, int partitionCount, string workerId);
}
