using InvoiceFunctions.Application.Archive;
using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Issuing;

/// <summary>
/// Working documents of sales documents: drafts (write-once under their SHA-256, the ledger row points at the
/// current one) and the files the render stage hands to the archive stage.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Stores the draft (idempotent: the same content gives the same SHA-256 and the same blob).</summary>
    Task<string> SaveDraftAsync(CompanyId company, string invoiceId, DocumentDraft draft, CancellationToken cancellationToken);

    Task<DocumentDraft?> GetDraftAsync(CompanyId company, string invoiceId, string sha256, CancellationToken cancellationToken);

    /// <summary>Replaces the rendered files of an invoice (a retried render writes the same bytes again).</summary>
    Task PutRenderedAsync(CompanyId company, string invoiceId, IReadOnlyList<ArchiveDocument> files, CancellationToken cancellationToken);

    Task<IReadOnlyList<ArchiveDocument>> GetRenderedAsync(CompanyId company, string invoiceId, CancellationToken cancellationToken);
}
