using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Archive;

/// <summary>The archive's log messages (source-generated).</summary>
public static partial class ArchiveLogs
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Archived {Files} file(s) of invoice {InvoiceId} of {Company} as entry {Sequence} ({ManifestSha256})")]
    public static partial void Archived(this ILogger logger, string company, string invoiceId, long sequence, string manifestSha256, int files);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Debug, Message = "Archive chain of {Company} moved under attempt {Attempt}; linking again")]
    public static partial void ChainRaceLost(this ILogger logger, string company, int attempt);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Archive of {Company} is broken at entry {Sequence}: {Kind}: {Detail}")]
    public static partial void Broken(this ILogger logger, string company, long sequence, ArchiveBreakKind kind, string detail);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Archive of {Company} verified intact: {Entries} entries, {Objects} objects")]
    public static partial void Intact(this ILogger logger, string company, long entries, long objects);
}
