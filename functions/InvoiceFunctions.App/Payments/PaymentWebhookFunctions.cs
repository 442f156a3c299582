using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Payments;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Payments;

/// <summary>The partner door for payment.received (Standard Webhooks signature with the company's secret) and the operator's view of that secret.</summary>
public sealed class PaymentWebhookFunctions(PaymentWebhooks webhooks, WebhookSecrets secrets, CompanyService companies)
{
    public const int MaxBytes = 64 << 10;

    [Function("PaymentWebhook")]
    [OpenApiOperation("A partner's payment.received event, signed with Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature).")]
    [OpenApiRequest(typeof(PaymentWebhookEvent))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(PaymentView))]
    public Task<IActionResult> PaymentWebhook(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "webhooks/payments/{company}")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        Answer(async () =>
        {
            var body = await RawBody.ReadAsync(request, MaxBytes, cancellationToken);
            var payment = await webhooks.ReceiveAsync(
                company, request.Headers["webhook-id"], request.Headers["webhook-timestamp"], request.Headers["webhook-signature"], body, cancellationToken);
            return ApiResponse.Ok(PaymentView.From(payment));
        });

    [Function("GetPaymentWebhookSecret")]
    [OpenApiOperation("The company's webhook signing secret and URL, for the partner (master key).")]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(PaymentWebhookSecretView))]
    public Task<IActionResult> GetPaymentWebhookSecret(
        [HttpTrigger(AuthorizationLevel.Admin, "get", Route = "admin/companies/{company}/webhooks/payments/secret")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        Answer(async () =>
        {
            if (!CompanyId.TryParse(company, out var id))
            {
                return ApiProblems.NotFound($"Company '{company}'");
            }

            var found = await companies.GetAsync(id, cancellationToken);
            return ApiResponse.Ok(new PaymentWebhookSecretView(found.Id.Value, secrets.SecretOf(found.Id), $"/api/webhooks/payments/{found.Id.Value}"));
        });

    private static async Task<IActionResult> Answer(Func<Task<ApiResponse>> handler) => await ApiProblems.GuardAsync(handler);
}
