namespace InvoiceFunctions.Application.Archive;

/// <summary>How a chain was found broken.</summary>
public enum ArchiveBreakKind
{
    SequenceGap,
    MissingManifest,
    ManifestAltered,
    ChainLinkBroken,
    MissingObject,
    ObjectAltered,
    DailyRootMismatch,
    HeadMismatch,
}
