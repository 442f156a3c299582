using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Delivery.Connectors;

/// <summary>Connector log messages (source-generated): receivers and connector ids, never secrets, passwords, keys or auth headers.</summary>
public static partial class ConnectorLogs
{
    [LoggerMessage(EventId = 8101, Level = LogLevel.Information, Message = "Invoice {InvoiceId} of {Company} delivered through connector {Connector} ({Detail}), attempt {Attempt}")]
    public static partial void ConnectorSent(this ILogger logger, string company, string invoiceId, string connector, string detail, int attempt);

    [LoggerMessage(EventId = 8102, Level = LogLevel.Warning, Message = "Connector {Connector} of {Company}: try {Try} for invoice {InvoiceId} failed, next in {Delay}: {Detail}")]
    public static partial void ConnectorRetry(this ILogger logger, string company, string connector, string invoiceId, int @try, TimeSpan delay, string detail);

    [LoggerMessage(EventId = 8103, Level = LogLevel.Warning, Message = "Connector {Connector} of {Company} refused invoice {InvoiceId}: {Detail}")]
    public static partial void ConnectorFailed(this ILogger logger, string company, string connector, string invoiceId, string detail);

    [LoggerMessage(EventId = 8104, Level = LogLevel.Error, Message = "Connector {Connector} of {Company} disabled: {Reason}")]
    public static partial void ConnectorDisabled(this ILogger logger, string company, string connector, string reason);

    [LoggerMessage(EventId = 8105, Level = LogLevel.Information, Message = "Invoice {InvoiceId} of {Company} queued for connector {Connector}")]
    public static partial void FannedOut(this ILogger logger, string company, string invoiceId, string connector);

    [LoggerMessage(EventId = 8106, Level = LogLevel.Warning, Message = "Connector {Connector} of {Company}: invoice {InvoiceId} attempt {Attempt} was left sending since {Since} (no confirmation recorded): sending again with the same delivery id {DeliveryId}")]
    public static partial void ConnectorResending(this ILogger logger, string company, string connector, string invoiceId, int attempt, DateTimeOffset since, string deliveryId);

    [LoggerMessage(EventId = 8107, Level = LogLevel.Critical, Message = "Connectors__CrashAfterSend is set: ending the process after connector {Connector} confirmed {DeliveryId} (test only)")]
    public static partial void ConnectorCrashingForTest(this ILogger logger, string connector, string deliveryId);
}
