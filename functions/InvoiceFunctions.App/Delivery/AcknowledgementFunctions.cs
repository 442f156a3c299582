using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Delivery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Delivery;

/// <summary>
/// The receiver's side of a delivery: it confirms through the signed link it got with the invoice (a webhook event's
/// data.acknowledgePath), without an account. A bad or tampered link is a 404 that says nothing about the delivery.
/// </summary>
public sealed class AcknowledgementFunctions(DeliveryAcknowledgementService acknowledgements)
{
    [Function("AcknowledgeDelivery")]
    [OpenApiOperation("The receiver confirms a delivery through its signed link: Acknowledged (default) or Delivered, with an optional note; the same confirmation again changes nothing.")]
    [OpenApiRequest(typeof(ReceiverAcknowledgement))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(DeliveryView))]
    public async Task<IActionResult> AcknowledgeDelivery(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "deliveries/{token}/acknowledgement")] HttpRequest request, string token, CancellationToken cancellationToken) =>
        await ApiProblems.GuardAsync(async () =>
        {
            // A bare POST (no body, no content type) is the default confirmation.
            var body = request.ContentLength is null or 0 && string.IsNullOrEmpty(request.ContentType) ? new ReceiverAcknowledgement() : await JsonBody.ReadAsync<ReceiverAcknowledgement>(request, cancellationToken);
            return ApiResponse.Ok(DeliveryView.From(await acknowledgements.AcknowledgeAsync(token, body, cancellationToken)));
        });
}
