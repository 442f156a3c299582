using DurableTask.Core;

namespace InvoiceFunctions.Benchmarks.BareDunning;

/// <summary>
/// The start of the product's dunning reduced to its shape, for the start benchmark: one load (an activity), then a durable
/// timer days ahead (the product's instance sleeps until its pre-due notice; bare DTFx on Azure Storage takes timers up to
/// the queues' 7-day visibility limit, the Durable SDK splits longer ones).
/// </summary>
public sealed class BareSleepingOrchestration : TaskOrchestration<string, BareDunningRun>
{
    public override async Task<string> RunTask(OrchestrationContext context, BareDunningRun input)
    {
        await context.ScheduleTask<bool>(typeof(BareLoadActivity), input);
        await context.CreateTimer(context.CurrentUtcDateTime.AddDays(5), true);
        return "woken";
    }
}
