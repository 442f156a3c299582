namespace InvoiceFunctions.Application.Delivery;

/// <summary>The delivery stage's queue ("invoice-delivery"): the issue pipeline, the fan-out, retries and re-send requests put messages on it.</summary>
public interface IDeliveryQueue
{
    Task EnqueueAsync(DeliveryMessage message, CancellationToken cancellationToken);

    /// <summary>A message that becomes visible after <paramref name="delay"/> (the connector retries' back-off).</summary>
    Task EnqueueAsync(DeliveryMessage message, TimeSpan delay, CancellationToken cancellationToken);
}
