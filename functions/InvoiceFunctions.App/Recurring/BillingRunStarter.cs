using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace InvoiceFunctions.App.Recurring;

/// <summary>Starts billing runs; an existing instance id is not started again (unless it failed or was terminated).</summary>
public static class BillingRunStarter
{
    public const string Prefix = "billing-";

    /// <summary>The timer's run of a minute: the same tick fired twice starts one run.</summary>
    public static string ScheduledId(DateTimeOffset now) => $"{Prefix}{now.UtcDateTime:yyyyMMddHHmm}";

    /// <summary>An operator's run, started now.</summary>
    public static string ManualId(DateTimeOffset now) => $"{Prefix}manual-{now.UtcDateTime:yyyyMMddHHmmss}-{Guid.NewGuid().ToString("N")[..8]}";

    public static async Task<string> StartAsync(DurableTaskClient client, string id, DateTimeOffset now, int pageSize, CancellationToken cancellationToken)
    {
        var existing = await client.GetInstanceAsync(id, cancellationToken);
        if (existing is null || existing.RuntimeStatus is OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated)
        {
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(BillingRunOrchestration.BillingRun), BillingRunState.Start(now, pageSize), new StartOrchestrationOptions(id), cancellationToken);
        }

        return id;
    }
}
