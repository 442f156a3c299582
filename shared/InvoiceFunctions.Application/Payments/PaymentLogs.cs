using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Payments;

/// <summary>The payments' log messages (source-generated).</summary>
public static partial class PaymentLogs
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Statement {Name} of {Company}: {Entries} entries, {New} new, {Duplicates} seen before, {Auto} allocated, {Review} to review")]
    public static partial void Imported(this ILogger logger, string company, string name, int entries, int @new, int duplicates, int auto, int review);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Statement {Name} of {Company} refused ({Code}): {Reason}; quarantined as {QuarantineId}")]
    public static partial void Quarantined(this ILogger logger, string company, string name, string code, string reason, string quarantineId);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Payment {PaymentId} of {Company}: {Amount} allocated to invoice {InvoiceId}")]
    public static partial void Allocated(this ILogger logger, string company, string paymentId, string invoiceId, decimal amount);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Warning, Message = "Payment webhook for {Company} rejected: {Reason}")]
    public static partial void WebhookRejected(this ILogger logger, string company, string reason);
}
