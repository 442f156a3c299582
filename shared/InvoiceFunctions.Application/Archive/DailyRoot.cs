namespace InvoiceFunctions.Application.Archive;

/// <summary>The root of one day's archive entries, recorded in the ledger with each entry of the day.</summary>
/// <param name="Root">SHA-256 folded over the day's manifest hashes in sequence order (<see cref="ArchiveHashes.NextRoot"/>).</param>
public sealed record DailyRoot(DateOnly Day, string Root, int Count, long FirstSequence, long LastSequence);
