using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Delivery;

/// <summary>
/// Asynchronous bounces: a delivery status notification dropped in container "delivery-reports" marks its attempt bounced;
/// within the correction delay the company gives the right address and the invoice is re-sent.
/// </summary>
public sealed class BounceFunctions(BounceService bounces, BounceCorrectionService corrections, CompanyRequests requests)
{
    [Function("HandleDeliveryReport")]
    public Task HandleDeliveryReport(
        [BlobTrigger(ContainerNames.DeliveryReports + "/{name}", Source = BlobTriggerSource.EventGrid)] byte[] content, string name, CancellationToken cancellationToken) =>
        bounces.HandleAsync(ContainerNames.DeliveryReports + "/" + name, content, cancellationToken);

    [Function("CorrectBouncedAddress")]
    [OpenApiOperation("After a bounce, within the correction delay: replaces the customer's e-mail address and re-sends the invoice.", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(AddressCorrection))]
    [OpenApiResponse(StatusCodes.Status202Accepted, typeof(DeliveryMessage))]
    public Task<IActionResult> CorrectBouncedAddress(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/invoices/{id}/deliveries/correction")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
            ApiResponse.Accepted(await corrections.CorrectAsync(caller.Company, id, await JsonBody.ReadAsync<AddressCorrection>(request, ct), ct)), cancellationToken);
}
