using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>Dunning log messages (source-generated).</summary>
public static partial class DunningLogs
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Dunning step {Key} of invoice {InvoiceId} of {Company} sent to {Receiver} as {MessageId}")]
    public static partial void StepSent(this ILogger logger, string company, string invoiceId, string key, string receiver, string messageId);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Warning, Message = "Dunning step {Key} of invoice {InvoiceId} of {Company} not sent: {Detail}")]
    public static partial void StepFailed(this ILogger logger, string company, string invoiceId, string key, string detail);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Warning, Message = "Dunning step {Key} of invoice {InvoiceId} of {Company} has an intent without confirmation: marked unconfirmed, not re-sent")]
    public static partial void StepUnconfirmed(this ILogger logger, string company, string invoiceId, string key);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Information, Message = "Dunning step {Key} of invoice {InvoiceId} of {Company}: {Outcome}, nothing sent")]
    public static partial void NothingSent(this ILogger logger, string company, string invoiceId, string key, DunningStepOutcome outcome);

    [LoggerMessage(EventId = 9005, Level = LogLevel.Warning, Message = "Dunning signal {Event} for invoice {InvoiceId} of {Company} not sent (the orchestration re-reads the invoice before its next step): {Detail}")]
    public static partial void SignalLost(this ILogger logger, string company, string invoiceId, DunningEvent @event, string detail);

    [LoggerMessage(EventId = 9006, Level = LogLevel.Warning, Message = "Mail of dunning step {Key} of invoice {InvoiceId} of {Company} not accepted, will retry: {Detail}")]
    public static partial void StepTransient(this ILogger logger, string company, string invoiceId, string key, string detail);

    [LoggerMessage(EventId = 9007, Level = LogLevel.Warning, Message = "Dunning alert {Key} of {Company} not sent: {Detail}")]
    public static partial void AlertNotSent(this ILogger logger, string company, string key, string detail);

    [LoggerMessage(EventId = 9008, Level = LogLevel.Warning, Message = "Dunning step {Key} of invoice {InvoiceId} of {Company} bounced: {Detail}")]
    public static partial void StepBounced(this ILogger logger, string company, string invoiceId, string key, string detail);
}
