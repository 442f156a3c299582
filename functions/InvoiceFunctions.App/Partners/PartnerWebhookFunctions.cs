using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Partners;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Partners;

/// <summary>The partner door: signed events (invoice.submitted, payment.received, invoice.status) for the partner's company.</summary>
public sealed class PartnerWebhookFunctions(PartnerWebhooks webhooks)
{
    [Function("PartnerWebhook")]
    [OpenApiOperation("A partner event {type, data}, data one of the shapes below (invoice.submitted, payment.received, invoice.status), signed with Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature); a webhook-id counts once.")]
    [OpenApiRequest(typeof(PartnerEvents.Submitted), typeof(Application.Payments.NewPayment), typeof(PartnerEvents.StatusReport))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(PartnerWebhookReceipt))]
    public async Task<IActionResult> PartnerWebhook(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "webhooks/{partner}")] HttpRequest request, string partner, CancellationToken cancellationToken) =>
        await ApiProblems.GuardAsync(async () =>
        {
            var body = await RawBody.ReadAsync(request, PartnerWebhooks.MaxBytes, cancellationToken);
            return ApiResponse.Ok(await webhooks.ReceiveAsync(
                partner, request.Headers["webhook-id"], request.Headers["webhook-timestamp"], request.Headers["webhook-signature"], body, cancellationToken));
        });
}
