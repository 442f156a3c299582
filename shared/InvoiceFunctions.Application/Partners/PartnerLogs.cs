using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Partners;

/// <summary>The partner door's log messages (source-generated).</summary>
public static partial class PartnerLogs
{
    [LoggerMessage(EventId = 9201, Level = LogLevel.Information, Message = "Partner {Partner} of {Company}: {Type} ({WebhookId}) -> {Outcome}")]
    public static partial void PartnerEvent(this ILogger logger, string company, string partner, string webhookId, string type, string outcome);

    [LoggerMessage(EventId = 9202, Level = LogLevel.Warning, Message = "Partner webhook for {Partner} rejected: {Reason}")]
    public static partial void PartnerRejected(this ILogger logger, string partner, string reason);
}
