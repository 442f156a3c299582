namespace InvoiceFunctions.Application.Archive;

/// <summary>The first broken link: the entry where verification failed, how, and what was expected.</summary>
public sealed record ArchiveBreak(long Sequence, ArchiveBreakKind Kind, string Detail);
