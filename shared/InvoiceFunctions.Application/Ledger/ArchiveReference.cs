namespace InvoiceFunctions.Application.Ledger;

/// <summary>An archive entry holding this invoice's documents: its place in the company's hash chain and its manifest hash.</summary>
public sealed record ArchiveReference(long Sequence, string ManifestSha256);
