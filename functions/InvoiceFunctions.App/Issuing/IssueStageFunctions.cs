using InvoiceFunctions.Application.Issuing;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Issuing;

/// <summary>
/// The issue pipeline's stages, one queue each. A failure throws: the message comes back with back-off and, after
/// maxDequeueCount, goes to the stage's -poison queue with the invoice still Issuing (never shown as issued).
/// </summary>
public sealed class IssueStageFunctions(IssuePipeline pipeline)
{
    [Function("ValidateInvoiceStage")]
    public Task Validate([QueueTrigger(IssueQueues.Validate)] IssueMessage message, CancellationToken cancellationToken) =>
        pipeline.RunAsync(IssueStage.Validate, message, cancellationToken);

    [Function("NumberInvoiceStage")]
    public Task Number([QueueTrigger(IssueQueues.Number)] IssueMessage message, CancellationToken cancellationToken) =>
        pipeline.RunAsync(IssueStage.Number, message, cancellationToken);

    [Function("RenderInvoiceStage")]
    public Task Render([QueueTrigger(IssueQueues.Render)] IssueMessage message, CancellationToken cancellationToken) =>
        pipeline.RunAsync(IssueStage.Render, message, cancellationToken);

    [Function("ArchiveInvoiceStage")]
    public Task Archive([QueueTrigger(IssueQueues.Archive)] IssueMessage message, CancellationToken cancellationToken) =>
        pipeline.RunAsync(IssueStage.Archive, message, cancellationToken);

    [Function("RecordInvoiceStage")]
    public Task Record([QueueTrigger(IssueQueues.Record)] IssueMessage message, CancellationToken cancellationToken) =>
        pipeline.RunAsync(IssueStage.Record, message, cancellationToken);
}
