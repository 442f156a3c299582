using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Delivery;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Delivery;

/// <summary>
/// The delivery stage: one message per invoice to deliver on queue "invoice-delivery". A transient SMTP failure throws, so
/// the queue retries with back-off (host.json) and, after maxDequeueCount, moves the message to "invoice-delivery-poison".
/// </summary>
public sealed class DeliveryFunctions(EmailDeliveryService delivery)
{
    [Function("DeliverInvoice")]
    public Task DeliverInvoice([QueueTrigger(QueueNames.InvoiceDelivery)] DeliveryMessage message, string id, CancellationToken cancellationToken) =>
        delivery.DeliverAsync(message, id, cancellationToken);
}
