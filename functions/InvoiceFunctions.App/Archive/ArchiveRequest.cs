using InvoiceFunctions.Application.Archive;

namespace InvoiceFunctions.App.Archive;

/// <summary>Body of POST .../invoices/{id}/archive: the files, their bytes in base64.</summary>
public sealed record ArchiveRequest(IReadOnlyList<ArchiveRequest.File>? Files)
{
    /// <summary>At most 16 MiB of JSON (about 12 MiB of files).</summary>
    public const int MaxBytes = 16 << 20;

    public IReadOnlyList<ArchiveDocument> ToDocuments() =>
        (Files ?? []).Select(f => new ArchiveDocument(f.Kind, f.Name ?? "", f.ContentType ?? "application/octet-stream", f.Content ?? [])).ToList();

    public sealed record File(ArchiveFileKind Kind, string? Name, string? ContentType, byte[]? Content);
}
