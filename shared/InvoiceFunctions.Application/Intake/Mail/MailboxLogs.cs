using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>Inbound mailbox log messages (source-generated). Senders and subjects are logged; bodies and attachments never.</summary>
public static partial class MailboxLogs
{
    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Mail {Key} from {From} ({Source}) routed to {Company} by {RoutedBy}: {Documents} document(s), {Refused} refused, {Ignored} part(s) ignored")]
    public static partial void Processed(this ILogger logger, string key, string? from, string source, string company, string? routedBy, int documents, int refused, int ignored);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "Mail {Key} from {From} ({Source}) quarantined as {QuarantineId}: {Code} {Reason}")]
    public static partial void Quarantined(this ILogger logger, string key, string? from, string source, string quarantineId, MailRefusalCode code, string reason);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Information, Message = "Mail {Key} ({Source}) is a delivery report: {Outcome}")]
    public static partial void DeliveryReport(this ILogger logger, string key, string source, string outcome);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Information, Message = "Mail {Key} ({Source}) was handled before ({Outcome}): nothing done again")]
    public static partial void Replayed(this ILogger logger, string key, string source, MailOutcome outcome);

    [LoggerMessage(EventId = 7105, Level = LogLevel.Warning, Message = "Attachment {Path} of mail {Key} refused ({Code}), quarantined as {QuarantineId}")]
    public static partial void AttachmentRefused(this ILogger logger, string key, string path, MailRefusalCode code, string quarantineId);
}
