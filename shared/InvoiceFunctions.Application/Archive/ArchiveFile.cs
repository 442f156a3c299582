namespace InvoiceFunctions.Application.Archive;

/// <summary>An archived file as its manifest lists it: the SHA-256 of its bytes is also its address.</summary>
public sealed record ArchiveFile(ArchiveFileKind Kind, string Name, string ContentType, string Sha256, long Size);
