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

    [Function("ConfirmDeliveryReceipt")]
    [OpenApiOperation("A mail's \"confirm receipt\" link opened in a browser: the delivery becomes Acknowledged (the same link again changes nothing) and a short page says so.")]
    [OpenApiResponse(StatusCodes.Status200OK, ContentType = "text/html")]
    public async Task<IActionResult> ConfirmDeliveryReceipt(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "deliveries/{token}/acknowledgement")] HttpRequest request, string token, CancellationToken cancellationToken) =>
        await ApiProblems.GuardAsync(async () =>
        {
            await acknowledgements.AcknowledgeAsync(token, new ReceiverAcknowledgement(), cancellationToken);
            return new ApiResponse(StatusCodes.Status200OK, ReceiptPage, "text/html; charset=utf-8");
        });

    private const string ReceiptPage =
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Réception confirmée / Receipt confirmed</title></head>"
        + "<body><p>Merci : la réception de la facture est confirmée.</p><p>Thank you: receipt of the invoice is confirmed.</p></body></html>";
}
