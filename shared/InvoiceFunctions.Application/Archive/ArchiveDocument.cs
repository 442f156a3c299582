namespace InvoiceFunctions.Application.Archive;

/// <summary>A file to archive, with its bytes.</summary>
public sealed record ArchiveDocument(ArchiveFileKind Kind, string Name, string ContentType, ReadOnlyMemory<byte> Content);
