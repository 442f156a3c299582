namespace InvoiceFunctions.Application.Issuing;

/// <summary>The queues between the pipeline's stages, and the delivery queue after the last one.</summary>
public interface IIssueQueue
{
    Task SendAsync(IssueStage next, IssueMessage message, CancellationToken cancellationToken);

    /// <summary>Hands an issued document to delivery (queue "invoice-delivery").</summary>
    Task SendToDeliveryAsync(IssueMessage message, CancellationToken cancellationToken);
}
