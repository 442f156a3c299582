using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Delivery;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Delivery;

/// <summary>
/// The delivery stage: one message per invoice to deliver on queue "invoice-delivery", fanned out to the company's enabled
/// connectors and sent by e-mail; connector messages deliver through their connector. A transient SMTP failure throws, so the
/// queue retries with back-off (host.json) and, after maxDequeueCount, moves the message to "invoice-delivery-poison";
/// a connector's failed try puts a delayed retry message instead (exponential back-off for up to 3 days).
/// </summary>
public sealed class DeliveryFunctions(DeliveryDispatcher delivery)
{
    [Function("DeliverInvoice")]
    public Task DeliverInvoice([QueueTrigger(QueueNames.InvoiceDelivery)] DeliveryMessage message, string id, CancellationToken cancellationToken) =>
        delivery.DispatchAsync(message, id, cancellationToken);
}
