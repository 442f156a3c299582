namespace InvoiceFunctions.Application.Issuing;

/// <summary>The queues between the pipeline's stages (the last stage hands over to the delivery queue, <see cref="Delivery.IDeliveryQueue"/>).</summary>
public interface IIssueQueue
{
    Task SendAsync(IssueStage next, IssueMessage message, CancellationToken cancellationToken);
}
