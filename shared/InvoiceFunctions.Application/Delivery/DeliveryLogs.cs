using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>Delivery log messages (source-generated). Addresses of receivers are logged, never credentials.</summary>
public static partial class DeliveryLogs
{
    [LoggerMessage(EventId = 8001, Level = LogLevel.Information, Message = "Invoice {InvoiceId} of {Company} sent by e-mail to {Receiver} as {MessageId} (attempt {Attempt})")]
    public static partial void Sent(this ILogger logger, string company, string invoiceId, string receiver, string messageId, int attempt);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Warning, Message = "Delivery of invoice {InvoiceId} of {Company} failed (attempt {Attempt}): {Detail}")]
    public static partial void Failed(this ILogger logger, string company, string invoiceId, int attempt, string detail);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Warning, Message = "Mail {MessageId} of invoice {InvoiceId} of {Company} refused by the server ({StatusCode}): {Detail}")]
    public static partial void Bounced(this ILogger logger, string company, string invoiceId, string messageId, int statusCode, string detail);

    [LoggerMessage(EventId = 8004, Level = LogLevel.Warning, Message = "Delivery of invoice {InvoiceId} of {Company} attempt {Attempt} ({MessageId}) has an intent without confirmation: marked unconfirmed, not re-sent")]
    public static partial void Unconfirmed(this ILogger logger, string company, string invoiceId, int attempt, string? messageId);

    [LoggerMessage(EventId = 8005, Level = LogLevel.Information, Message = "Delivery request {RequestId} for invoice {InvoiceId} of {Company}: {Outcome}, nothing sent")]
    public static partial void NothingSent(this ILogger logger, string company, string invoiceId, string requestId, DeliveryOutcome outcome);

    [LoggerMessage(EventId = 8006, Level = LogLevel.Warning, Message = "Delivery request {RequestId} dropped: {Reason}")]
    public static partial void Invalid(this ILogger logger, string requestId, string reason);

    [LoggerMessage(EventId = 8007, Level = LogLevel.Warning, Message = "Mail of invoice {InvoiceId} of {Company} not accepted, will retry (attempt {Attempt}): {Detail}")]
    public static partial void Transient(this ILogger logger, string company, string invoiceId, int attempt, string detail);

    [LoggerMessage(EventId = 8008, Level = LogLevel.Warning, Message = "Ledger event {Event} of invoice {InvoiceId} of {Company} not recorded: {Detail}")]
    public static partial void LedgerRefused(this ILogger logger, string company, string invoiceId, string @event, string detail);

    [LoggerMessage(EventId = 8009, Level = LogLevel.Critical, Message = "Delivery__CrashAfterSmtpAccept is set: ending the process after the SMTP accept of {MessageId} (test only)")]
    public static partial void CrashingForTest(this ILogger logger, string messageId);

    [LoggerMessage(EventId = 8012, Level = LogLevel.Warning, Message = "Mail {MessageId} of invoice {InvoiceId} of {Company} bounced after acceptance: {Detail}")]
    public static partial void BouncedLater(this ILogger logger, string company, string invoiceId, string messageId, string detail);

    [LoggerMessage(EventId = 8010, Level = LogLevel.Information, Message = "Inbound mail {Source} is not a report of a failed delivery: ignored")]
    public static partial void NotABounce(this ILogger logger, string source);

    [LoggerMessage(EventId = 8011, Level = LogLevel.Warning, Message = "Delivery report {Source} is about {MessageId}, which no delivery recorded: ignored")]
    public static partial void UnknownBounce(this ILogger logger, string source, string messageId);
}
