using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Intake.Mail;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Intake.Mailbox;

/// <summary>
/// The two doors of the inbound mailbox, one handler: a raw message dropped in container "mail-inbox" (what a
/// mail-to-blob flow produces), or POSTed by a mail-to-HTTP relay holding a function key. Neither names a company:
/// the message's token or sender does. A message handled before answers as it did then.
/// </summary>
public sealed class InboundMailFunctions(MailIntakeService mailbox)
{
    [Function("InboundMailReceived")]
    public async Task InboundMailReceived(
        [BlobTrigger(ContainerNames.MailInbox + "/{name}", Source = BlobTriggerSource.EventGrid)] Stream content, string name, CancellationToken cancellationToken)
    {
        var (bytes, size) = await MailBody.ReadAsync(content, mailbox.KeepBytes, long.MaxValue, cancellationToken);
        await mailbox.ReceiveAsync(Sources.MailInboxPrefix + name, bytes, size, cancellationToken);
    }

    [Function("ReceiveInboundEmail")]
    [OpenApiOperation("A raw inbound message (message/rfc822 body) from a mail-to-HTTP relay (function key): routed by the company token or sender, invoices imported, the rest quarantined.")]
    [OpenApiRequest(typeof(string))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(InboundMailView))]
    public async Task<IActionResult> ReceiveInboundEmail(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "inbound-email")] HttpRequest request, CancellationToken cancellationToken)
    {
        // The mailbox applies its own limit (and quarantines what is over it), so the server's default body limit is lifted
        // here; past twice what it keeps, reading stops.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        var (bytes, size) = await MailBody.ReadAsync(request.Body, mailbox.KeepBytes, 2 * mailbox.KeepBytes, cancellationToken);
        if (size > 2 * mailbox.KeepBytes)
        {
            return ApiResponse.Problem(StatusCodes.Status413PayloadTooLarge, "Message too large", $"The body is larger than {2 * mailbox.KeepBytes} bytes: not read, nothing kept.");
        }

        if (size == 0)
        {
            return ApiResponse.Problem(StatusCodes.Status400BadRequest, "Invalid body", "The body is empty: send the raw message (message/rfc822).");
        }

        var (record, replayed) = await mailbox.ReceiveAsync(Sources.Http, bytes, size, cancellationToken);
        return record.Outcome != MailOutcome.Quarantined
            ? ApiResponse.Ok(InboundMailView.From(record, replayed))
            : ApiResponse.Problem(
                record.ReasonCode == MailRefusalCode.MessageTooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status422UnprocessableEntity,
                "Message quarantined",
                $"{record.ReasonCode}: {record.Reason} Kept in quarantine as {record.QuarantineId} (message key {record.Key}).");
    }
}
