using InvoiceFunctions.Application.Issuing;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Issuing;

/// <summary>Every 30 seconds, starts again the stage of invoices stalled in the pipeline (a crashed host keeps its messages leased for 10 minutes).</summary>
public sealed class IssueSweepFunctions(IssuePipeline pipeline)
{
    [Function("IssueSweepTimer")]
    public Task Sweep([TimerTrigger("*/30 * * * * *")] TimerInfo timer, CancellationToken cancellationToken) => pipeline.SweepAsync(cancellationToken);
}
