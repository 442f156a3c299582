using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Delivery;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Delivery;

/// <summary>Asynchronous bounces: a delivery status notification dropped in container "delivery-reports" marks its attempt bounced.</summary>
public sealed class BounceFunctions(BounceService bounces)
{
    [Function("HandleDeliveryReport")]
    public Task HandleDeliveryReport(
        [BlobTrigger(ContainerNames.DeliveryReports + "/{name}", Source = BlobTriggerSource.EventGrid)] byte[] content, string name, CancellationToken cancellationToken) =>
        bounces.HandleAsync(ContainerNames.DeliveryReports + "/" + name, content, cancellationToken);
}
