namespace InvoiceFunctions.Application.Archive;

/// <summary>The last link of a company's chain (sequence 0 and the genesis hash when empty) and the version it was read at.</summary>
public sealed record ArchiveHead(long Sequence, string Hash, string? Version);
