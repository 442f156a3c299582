using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Intake;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Payments;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Partners;

/// <summary>
/// The partner door, POST /api/webhooks/{partner}: the Standard Webhooks signature is checked against every secret in
/// force before the body is read; a webhook-id seen before gets the first answer again and nothing is done twice (the
/// receipt is kept after the effect, and each effect is itself keyed by the webhook-id: intake source key, payment id).
/// </summary>
public sealed class PartnerWebhooks(
    IPartnerStore store, PartnerSecrets secrets, InvoiceIntake intake, PaymentService payments, LedgerService ledger,
    IOptions<PaymentsOptions> options, TimeProvider time, ILogger<PartnerWebhooks> logger)
{
    /// <summary>A submitted invoice travels base64 in JSON: room for a 10 MB PDF.</summary>
    public const int MaxBytes = 15 << 20;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<PartnerWebhookReceipt> ReceiveAsync(
        string partnerId, string? webhookId, string? timestamp, string? signature, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var partner = LedgerIds.IsId(partnerId) ? await store.FindAsync(partnerId, cancellationToken) : null;
        Verify(partner, partnerId, webhookId, timestamp, signature, body.Span);
        if (await store.FindReceiptAsync(partner!.Id, webhookId!, cancellationToken) is { } earlier)
        {
            return earlier with { Replayed = true };
        }

        var envelope = Parse<PartnerEvents.Envelope>(body.Span, "body");
        var receipt = envelope.Type switch
        {
            PartnerEvents.InvoiceSubmitted => await SubmitAsync(partner, webhookId!, Parse<PartnerEvents.Submitted>(envelope.Data), cancellationToken),
            PartnerEvents.PaymentReceived => await PayAsync(partner, webhookId!, Parse<NewPayment>(envelope.Data), cancellationToken),
            PartnerEvents.InvoiceStatus => await StatusAsync(partner, Parse<PartnerEvents.StatusReport>(envelope.Data), cancellationToken),
            _ => throw new RequestValidationException(
                [new FieldError("type", $"One of {PartnerEvents.InvoiceSubmitted}, {PartnerEvents.PaymentReceived}, {PartnerEvents.InvoiceStatus}.")]),
        };
        logger.PartnerEvent(partner.Company.Value, partner.Id, webhookId!, receipt.Type, receipt.Outcome);
        return await store.SaveReceiptAsync(partner.Id, webhookId!, receipt, cancellationToken);
    }

    private void Verify(Partner? partner, string partnerId, string? webhookId, string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        var tolerance = TimeSpan.FromSeconds(options.Value.WebhookToleranceSeconds);
        WebhookRejectedException? rejection = null;
        foreach (var version in partner?.SecretVersions ?? [])
        {
            try
            {
                WebhookSignature.Verify(secrets.KeyOf(partner!.Id, version), webhookId, timestamp, signature, body, time.GetUtcNow(), tolerance);
                return;
            }
            catch (WebhookRejectedException e)
            {
                rejection = e;
            }
        }

        logger.PartnerRejected(partnerId, rejection?.Message ?? "unknown partner");
        // An unknown partner and a bad signature get the same answer: the caller learns nothing about which partners exist.
        throw rejection is null || rejection.Message.StartsWith("No webhook-signature", StringComparison.Ordinal)
            ? new WebhookRejectedException("Unknown partner or bad signature.")
            : rejection;
    }

    private async Task<PartnerWebhookReceipt> SubmitAsync(Partner partner, string webhookId, PartnerEvents.Submitted submitted, CancellationToken cancellationToken)
    {
        var content = new byte[((submitted.Content?.Length ?? 0) * 3 / 4) + 3];
        if (submitted.Content is null || !Convert.TryFromBase64String(submitted.Content, content, out var length) || length == 0)
        {
            throw new RequestValidationException([new FieldError("data.content", "Required: the invoice file, base64.")]);
        }

        var name = string.IsNullOrWhiteSpace(submitted.FileName) ? "submitted" : submitted.FileName;
        var result = await intake.ImportAsync(partner.Company, new IntakeDocument(name, content.AsMemory(0, length), SourceChannel.Webhook, $"webhook:{partner.Id}:{webhookId}"), cancellationToken);
        return new PartnerWebhookReceipt(PartnerEvents.InvoiceSubmitted, result.Outcome.ToString(), result.InvoiceId ?? result.QuarantineId, time.GetUtcNow());
    }

    private async Task<PartnerWebhookReceipt> PayAsync(Partner partner, string webhookId, NewPayment payment, CancellationToken cancellationToken)
    {
        var paymentId = "whk-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{partner.Id}:{webhookId}")))[..32];
        var recorded = await payments.RecordAsync(partner.Company, payment, PaymentSource.Webhook, paymentId, partner.Id, cancellationToken);
        return new PartnerWebhookReceipt(PartnerEvents.PaymentReceived, recorded.NeedsReview ? "ToReview" : "Allocated", recorded.Id, time.GetUtcNow());
    }

    private async Task<PartnerWebhookReceipt> StatusAsync(Partner partner, PartnerEvents.StatusReport report, CancellationToken cancellationToken)
    {
        if (report.Code is not { } code || !Enum.IsDefined((LifecycleStatus)code))
        {
            throw new RequestValidationException([new FieldError("data.code", "Required: a lifecycle status code from 200 to 213.")]);
        }

        var invoiceId = report.InvoiceId ?? await FindByNumberAsync(partner.Company, report, cancellationToken);
        var updated = await ledger.ApplyLifecycleAsync(partner.Company, invoiceId, (LifecycleStatus)code, partner.Id, cancellationToken);
        return new PartnerWebhookReceipt(PartnerEvents.InvoiceStatus, updated.Status.ToString(), updated.Id, time.GetUtcNow());
    }

    private async Task<string> FindByNumberAsync(CompanyId company, PartnerEvents.StatusReport report, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(report.Number))
        {
            throw new RequestValidationException([new FieldError("data.invoiceId", "Required: the invoice's id or its number.")]);
        }

        var found = await ledger.QueryAsync(company, new InvoiceQuery(Number: report.Number, Direction: report.Direction, PageSize: 2), cancellationToken);
        return found.Items.Count == 1 ? found.Items[0].Id : throw new InvoiceNotFoundException(report.Number);
    }

    private static T Parse<T>(JsonElement data)
    {
        try
        {
            return data.ValueKind == JsonValueKind.Object ? data.Deserialize<T>(Json)! : throw new JsonException("'data' must be an object.");
        }
        catch (JsonException e)
        {
            throw new RequestValidationException([new FieldError("data", e.Message)]);
        }
    }

    private static T Parse<T>(ReadOnlySpan<byte> body, string path)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, Json) ?? throw new JsonException("Empty.");
        }
        catch (JsonException e)
        {
            throw new RequestValidationException([new FieldError(path, "Not a {type, data} event: " + e.Message)]);
        }
    }
}
