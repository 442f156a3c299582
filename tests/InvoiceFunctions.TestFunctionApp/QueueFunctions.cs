using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.TestFunctionApp;

/// <summary>A queue trigger taking a JSON message; a message asking to fail always throws (for poison tests).</summary>
public sealed class QueueFunctions(EffectLog effects)
{
    [Function("WorkItem")]
    public async Task WorkItem([QueueTrigger("work-items")] WorkItemMessage message, long dequeueCount, CancellationToken cancellationToken)
    {
        await effects.CountAttemptAsync("queue", message.Id, cancellationToken);
        if (message.Fail)
        {
            throw new InvalidOperationException($"Work item {message.Id} asked to fail (dequeue {dequeueCount}).");
        }

        await effects.RecordAsync("queue", message.Id, cancellationToken: cancellationToken);
    }
}
