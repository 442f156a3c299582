using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.TestFunctionApp;

/// <summary>A frequent timer (schedule from the TickSchedule setting) and a yearly one that runs on startup.</summary>
public sealed class TimerFunctions(EffectLog effects, HostTag host)
{
    [Function("Tick")]
    public Task Tick([TimerTrigger("%TickSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        effects.RecordAsync(
            timer.IsPastDue ? "timer-pastdue" : "timer",
            timer.ScheduleStatus!.Next.ToUniversalTime().ToString("yyyyMMddHHmmss"),
            new Dictionary<string, object> { ["IsPastDue"] = timer.IsPastDue },
            cancellationToken);

    [Function("Yearly")]
    public Task Yearly([TimerTrigger("0 0 0 1 1 *", RunOnStartup = true)] TimerInfo timer, CancellationToken cancellationToken) =>
        effects.RecordAsync("startup", host.Value + "-" + Guid.NewGuid().ToString("N"), cancellationToken: cancellationToken);
}
