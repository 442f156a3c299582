namespace InvoiceFunctions.Application.Archive;

/// <summary>One entry to link after the chain's head, with the idempotency key it claims (if any).</summary>
public sealed record ArchiveLink(ArchiveEntry Entry, string? Key);
