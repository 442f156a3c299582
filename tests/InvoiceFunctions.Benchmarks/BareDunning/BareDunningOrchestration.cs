using DurableTask.Core;

namespace InvoiceFunctions.Benchmarks.BareDunning;

/// <summary>
/// The product's dunning orchestration reduced to its shape: each execution loads the invoice (an activity), takes the
/// step that is due (an activity) and continues as new; after the last step one more load finds nothing due.
/// </summary>
public sealed class BareDunningOrchestration : TaskOrchestration<string, BareDunningRun>
{
    public override async Task<string> RunTask(OrchestrationContext context, BareDunningRun input)
    {
        var due = await context.ScheduleTask<bool>(typeof(BareLoadActivity), input);
        if (!due)
        {
            return "done";
        }

        await context.ScheduleTask<bool>(typeof(BareStepActivity), input);
        context.ContinueAsNew(input with { StepsTaken = input.StepsTaken + 1 });
        return "";
    }
}
