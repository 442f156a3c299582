using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Delivery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Delivery;

/// <summary>
/// The receiver's side of a delivery: it confirms through the signed link it got with the invoice (a webhook event's
/// data.acknowledgePath, or the "confirm receipt" link of a mail), without an account. A bad, tampered or expired link
/// is a 404 that says nothing about the delivery.
/// </summary>
public sealed class AcknowledgementFunctions(DeliveryAcknowledgementService acknowledgements)
{
    [Function("AcknowledgeDelivery")]
    [OpenApiOperation("The receiver confirms a delivery through its signed link: Acknowledged (default) or Delivered, with an optional note; the same confirmation again changes nothing. The confirm button of the link's page (a form post) gets a page back.")]
    [OpenApiRequest(typeof(ReceiverAcknowledgement))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(DeliveryView))]
    public async Task<IActionResult> AcknowledgeDelivery(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "deliveries/{token}/acknowledgement")] HttpRequest request, string token, CancellationToken cancellationToken) =>
        await ApiProblems.GuardAsync(async () =>
        {
            if (request.HasFormContentType)
            {
                await acknowledgements.AcknowledgeAsync(token, new ReceiverAcknowledgement(), cancellationToken);
                return ReceiptPages.Confirmed();
            }

            // A bare POST (no body, no content type) is the default confirmation.
            var body = request.ContentLength is null or 0 && string.IsNullOrEmpty(request.ContentType) ? new ReceiverAcknowledgement() : await JsonBody.ReadAsync<ReceiverAcknowledgement>(request, cancellationToken);
            return ApiResponse.Ok(DeliveryView.From(await acknowledgements.AcknowledgeAsync(token, body, cancellationToken)));
        });

    [Function("ConfirmDeliveryReceipt")]
    [OpenApiOperation("A mail's \"confirm receipt\" link opened in a browser: a page with a confirm button (a form post to the same link). Opening it changes nothing, so a mail scanner that follows links confirms nothing.")]
    [OpenApiResponse(StatusCodes.Status200OK, ContentType = "text/html")]
    public async Task<IActionResult> ConfirmDeliveryReceipt(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "deliveries/{token}/acknowledgement")] HttpRequest request, string token, CancellationToken cancellationToken) =>
        await ApiProblems.GuardAsync(async () =>
            ReceiptPages.Ask(await acknowledgements.FindAsync(token, cancellationToken)));
}
