using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using InvoiceFunctions.Application.Companies;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Payments;

/// <summary>
/// The partner door for <c>payment.received</c>: the signature is checked (company's secret, timestamp window) before the
/// body is read; the payment's id is made of the <c>webhook-id</c>, so a redelivery or a replay records nothing twice.
/// </summary>
public sealed class PaymentWebhooks(
    PaymentService payments, WebhookSecrets secrets, ICompanyStore companies, IOptions<PaymentsOptions> options, TimeProvider time, ILogger<PaymentWebhooks>? logger = null)
{
    private readonly ILogger log = logger ?? NullLogger<PaymentWebhooks>.Instance;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<Payment> ReceiveAsync(
        string company, string? webhookId, string? timestamp, string? signature, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (!CompanyId.TryParse(company, out var id) || await companies.FindAsync(id, cancellationToken) is null)
        {
            throw new WebhookRejectedException("Unknown company or bad signature.");
        }

        try
        {
            WebhookSignature.Verify(secrets.KeyOf(id), webhookId, timestamp, signature, body.Span, time.GetUtcNow(), TimeSpan.FromSeconds(options.Value.WebhookToleranceSeconds));
        }
        catch (WebhookRejectedException ex)
        {
            log.WebhookRejected(company, ex.Message);
            throw;
        }

        PaymentWebhookEvent? received;
        try
        {
            received = JsonSerializer.Deserialize<PaymentWebhookEvent>(body.Span, Json);
        }
        catch (JsonException ex)
        {
            throw new RequestValidationException([new FieldError("body", "Not a payment.received event: " + ex.Message)]);
        }

        if (received?.Type != PaymentWebhookEvent.PaymentReceived || received.Data is null)
        {
            throw new RequestValidationException([new FieldError("type", $"Only '{PaymentWebhookEvent.PaymentReceived}' events with their 'data'.")]);
        }

        var paymentId = "whk-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(webhookId!)))[..32];
        return await payments.RecordAsync(id, received.Data, PaymentSource.Webhook, paymentId, "webhook", cancellationToken);
    }
}
