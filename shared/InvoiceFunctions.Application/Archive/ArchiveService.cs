using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace InvoiceFunctions.Application.Archive;

/// <summary>
/// Archives an invoice's documents: the files under their SHA-256, then a manifest linking the previous entry, then
/// the chain link and the day's root in the ledger (one transaction for every archive waiting at the head, retried when
/// another writer got there first: <see cref="ArchiveChainAppender"/>), then the reference on the invoice with an
/// "archived" event.
/// </summary>
public sealed class ArchiveService(IArchiveObjectStore objects, IArchiveChainStore chain, LedgerService ledger, WriterGate gate, TimeProvider time, ILogger<ArchiveService>? logger = null)
{
    private readonly ILogger log = logger ?? NullLogger<ArchiveService>.Instance;
    private readonly ArchiveChainAppender appender = new(objects, chain, gate, time, logger ?? (ILogger)NullLogger<ArchiveService>.Instance);

    public const int MaxFiles = 10;

    /// <param name="key">
    /// Makes the archiving happen once: a retry with the same key (after a crash between the chain append and the ledger
    /// reference, say) finds the entry made the first time and only completes the reference.
    /// </param>
    public async Task<ArchiveEntry> ArchiveAsync(
        CompanyId company, string invoiceId, IReadOnlyList<ArchiveDocument> documents, string actor, CancellationToken cancellationToken, string? key = null)
    {
        Validate(documents);
        await ledger.GetAsync(company, invoiceId, cancellationToken);
        if (key is not null && await chain.FindByKeyAsync(company, key, cancellationToken) is { } earlier)
        {
            return await LinkOnceAsync(company, invoiceId, earlier, actor, cancellationToken);
        }

        var files = new List<ArchiveFile>();
        foreach (var document in documents)
        {
            var sha = ArchiveHashes.Of(document.Content.Span);
            await objects.PutIfAbsentAsync(company, sha, document.Content, document.ContentType, cancellationToken);
            files.Add(new ArchiveFile(document.Kind, document.Name, document.ContentType, sha, document.Content.Length));
        }

        var (entry, concurrent) = await appender.AppendAsync(company, invoiceId, files, key, cancellationToken);
        if (concurrent)
        {
            return await LinkOnceAsync(company, invoiceId, entry, actor, cancellationToken);
        }

        await ledger.RecordArchiveAsync(company, invoiceId, new ArchiveReference(entry.Sequence, entry.ManifestSha256), actor, cancellationToken);
        log.Archived(company.Value, invoiceId, entry.Sequence, entry.ManifestSha256, files.Count);
        return entry;
    }

    private async Task<ArchiveEntry> LinkOnceAsync(CompanyId company, string invoiceId, ArchiveEntry entry, string actor, CancellationToken cancellationToken)
    {
        var invoice = await ledger.GetAsync(company, invoiceId, cancellationToken);
        if (!invoice.Archive.Any(a => a.Sequence == entry.Sequence))
        {
            await ledger.RecordArchiveAsync(company, invoiceId, new ArchiveReference(entry.Sequence, entry.ManifestSha256), actor, cancellationToken);
        }

        return entry;
    }

    public async Task<byte[]> GetObjectAsync(CompanyId company, string sha256, CancellationToken cancellationToken) =>
        (ArchiveHashes.IsSha256(sha256) ? await objects.GetAsync(company, sha256, cancellationToken) : null) ?? throw new ArchiveObjectNotFoundException(sha256);

    public async Task<ArchiveManifest> GetManifestAsync(CompanyId company, string sha256, CancellationToken cancellationToken) =>
        ArchiveManifest.TryParse(await GetObjectAsync(company, sha256, cancellationToken)) ?? throw new ArchiveObjectNotFoundException(sha256);

    public Task<ResultPage<ArchiveEntry>> ListAsync(CompanyId company, DateOnly from, DateOnly to, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        to < from
            ? throw new LedgerValidationException([new FieldError("to", "Not before 'from'.")])
            : chain.ListAsync(company, from, to, Math.Clamp(pageSize, 1, 1000), continuation, cancellationToken);

    private static void Validate(IReadOnlyList<ArchiveDocument> documents)
    {
        var errors = new List<FieldError>();
        if (documents.Count is 0 or > MaxFiles)
        {
            errors.Add(new FieldError("files", $"From 1 to {MaxFiles} files."));
        }

        for (var i = 0; i < documents.Count; i++)
        {
            if (documents[i].Content.IsEmpty)
            {
                errors.Add(new FieldError($"files[{i}].content", "Not empty."));
            }

            if (string.IsNullOrWhiteSpace(documents[i].Name) || documents[i].Name.Length > 200)
            {
                errors.Add(new FieldError($"files[{i}].name", "Required, at most 200 characters."));
            }
        }

        if (errors.Count > 0)
        {
            throw new LedgerValidationException(errors);
        }
    }
}
