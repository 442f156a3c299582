using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Issuing;

/// <summary>The issue pipeline's log events.</summary>
internal static partial class IssueLogs
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Issue of {Company}/{InvoiceId}: stage {Stage} done")]
    public static partial void StageDone(this ILogger logger, string company, string invoiceId, IssueStage stage);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Issue of {Company}/{InvoiceId}: stage {Stage} already done, message dropped")]
    public static partial void StageSkipped(this ILogger logger, string company, string invoiceId, IssueStage stage);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Issue of {Company}/{InvoiceId} refused at validation: {Rules}")]
    public static partial void Refused(this ILogger logger, string company, string invoiceId, string rules);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Issued {Company}/{InvoiceId} as {Number}")]
    public static partial void Issued(this ILogger logger, string company, string invoiceId, string? number);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Critical, Message = "Issuing__CrashAfterStage is set: ending the process after stage {Stage} of {Company}/{InvoiceId} (test only)")]
    public static partial void CrashingForTest(this ILogger logger, string company, string invoiceId, IssueStage stage);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "Issue of {Company}/{InvoiceId} stalled after {Progress}: stage message sent again")]
    public static partial void Resent(this ILogger logger, string company, string invoiceId, Ledger.IssueProgress progress);

    [LoggerMessage(EventId = 6010, Level = LogLevel.Information, Message = "Issued {Company}/{InvoiceId} is not sent: its draft says send false")]
    public static partial void DeliveryHeld(this ILogger logger, string company, string invoiceId);
}
