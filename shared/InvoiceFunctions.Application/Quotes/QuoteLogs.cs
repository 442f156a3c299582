using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Quotes;

/// <summary>Quote log messages (source-generated).</summary>
public static partial class QuoteLogs
{
    [LoggerMessage(EventId = 9301, Level = LogLevel.Information, Message = "Quote {QuoteId} of {Company} mailed to {Receiver} as {MessageId}")]
    public static partial void Mailed(this ILogger logger, string company, string quoteId, string receiver, string messageId);

    [LoggerMessage(EventId = 9302, Level = LogLevel.Warning, Message = "Quote {QuoteId} of {Company} not mailed: {Detail}")]
    public static partial void NotMailed(this ILogger logger, string company, string quoteId, string detail);

    [LoggerMessage(EventId = 9303, Level = LogLevel.Information, Message = "Quote {QuoteId} of {Company} already {State} by mail: not mailed again")]
    public static partial void AlreadyMailed(this ILogger logger, string company, string quoteId, QuoteMailState state);
}
