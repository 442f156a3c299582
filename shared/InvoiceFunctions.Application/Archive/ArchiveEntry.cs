namespace InvoiceFunctions.Application.Archive;

/// <summary>A link of a company's archive hash chain as the ledger records it.</summary>
/// <param name="Day">The UTC day of <see cref="ArchivedAt"/>, whose daily root covers this entry.</param>
public sealed record ArchiveEntry(long Sequence, string InvoiceId, string ManifestSha256, string Previous, DateTimeOffset ArchivedAt, DateOnly Day);
