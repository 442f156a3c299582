using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.TestFunctionApp;

/// <summary>The orchestrations' activity: an effect keyed "instance:step", recorded once however often it runs.</summary>
public sealed class ActivityFunctions(EffectLog effects)
{
    [Function("Record")]
    public async Task Record([ActivityTrigger] string key, CancellationToken cancellationToken)
    {
        await effects.CountAttemptAsync("activity", key, cancellationToken);
        if (!await effects.ExistsAsync("activity", key, cancellationToken))
        {
            await effects.RecordAsync("activity", key, cancellationToken: cancellationToken);
        }
    }
}
