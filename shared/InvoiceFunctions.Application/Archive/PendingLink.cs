namespace InvoiceFunctions.Application.Archive;

/// <summary>An archive waiting for its link in the chain, and the answer its caller awaits.</summary>
internal sealed class PendingLink(string invoiceId, IReadOnlyList<ArchiveFile> files, string? key)
{
    public string InvoiceId { get; } = invoiceId;

    public IReadOnlyList<ArchiveFile> Files { get; } = files;

    public string? Key { get; } = key;

    /// <summary>The entry, and whether another delivery of the same key linked it (the caller then only completes the reference).</summary>
    public TaskCompletionSource<(ArchiveEntry Entry, bool Concurrent)> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
