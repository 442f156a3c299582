using InvoiceFunctions.Application.Ledger;
using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Intake;

/// <summary>The intake's log messages (source-generated).</summary>
public static partial class IntakeLogs
{
    [LoggerMessage(EventId = 9101, Level = LogLevel.Information, Message = "{Name} of {Company} imported as {InvoiceId} ({Direction} invoice {Number})")]
    public static partial void Imported(this ILogger logger, string company, string name, string invoiceId, InvoiceDirection direction, string number);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Warning, Message = "{Name} of {Company} refused ({Code}): {Reason}; quarantined as {QuarantineId}")]
    public static partial void Quarantined(this ILogger logger, string company, string name, IntakeRefusalCode code, string reason, string quarantineId);

    [LoggerMessage(EventId = 9103, Level = LogLevel.Information, Message = "{Name} of {Company} was handled before ({Outcome}): nothing new made")]
    public static partial void Replayed(this ILogger logger, string company, string name, IntakeOutcome outcome);

    [LoggerMessage(EventId = 9104, Level = LogLevel.Information, Message = "Quarantine item {QuarantineId} of {Company} {State}: {Outcome}")]
    public static partial void QuarantineChanged(this ILogger logger, string company, string quarantineId, QuarantineState state, string outcome);
}
