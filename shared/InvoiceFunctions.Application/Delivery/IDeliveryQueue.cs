namespace InvoiceFunctions.Application.Delivery;

/// <summary>The delivery stage's queue ("invoice-delivery"): the issue pipeline and re-send requests put messages on it.</summary>
public interface IDeliveryQueue
{
    Task EnqueueAsync(DeliveryMessage message, CancellationToken cancellationToken);
}
