using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Archive;

/// <summary>
/// Exports a period of a company's archive as a zip for an auditor: manifest.json (the chain links, files and daily
/// roots of the period), each entry's manifest exactly as stored (entries/) and each file exactly as stored (objects/).
/// Every name under entries/ and objects/ is the SHA-256 of its bytes, so the auditor can check them with sha256sum.
/// The zip is written as it is read, so a period of any size is exported in the memory of its largest file.
/// </summary>
public sealed class ArchiveExporter(ArchiveService archive, IArchiveChainStore chain, TimeProvider time)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() }, WriteIndented = true };

    /// <summary>Refuses a period the export cannot cover, before any byte of the zip is sent.</summary>
    public static void CheckPeriod(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new LedgerValidationException([new FieldError("to", "Not before 'from'.")]);
        }
    }

    public async Task ExportAsync(CompanyId company, DateOnly from, DateOnly to, Stream output, CancellationToken cancellationToken)
    {
        CheckPeriod(from, to);
        var entries = new List<ExportedEntry>();
        var written = new HashSet<string>();

        // Entry by entry straight into the output (an HTTP response, unseekable): only one file is in memory at a time,
        // and the central directory is written asynchronously at the end.
        await using (var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken))
        {
            string? continuation = null;
            do
            {
                var page = await archive.ListAsync(company, from, to, 500, continuation, cancellationToken);
                foreach (var entry in page.Items)
                {
                    var manifestBytes = await archive.GetObjectAsync(company, entry.ManifestSha256, cancellationToken);
                    await AddAsync(zip, $"entries/{entry.ManifestSha256}.json", manifestBytes, cancellationToken);
                    var manifest = ArchiveManifest.TryParse(manifestBytes);
                    foreach (var file in manifest?.Files ?? [])
                    {
                        if (written.Add(file.Sha256))
                        {
                            await AddAsync(zip, $"objects/{file.Sha256}", await archive.GetObjectAsync(company, file.Sha256, cancellationToken), cancellationToken);
                        }
                    }

                    entries.Add(new ExportedEntry(entry.Sequence, entry.InvoiceId, entry.ArchivedAt, entry.ManifestSha256, entry.Previous, manifest?.Files ?? []));
                }

                continuation = page.Continuation;
            }
            while (continuation is not null);

            var roots = new List<DailyRoot>();
            await foreach (var root in chain.DailyRootsAsync(company, cancellationToken))
            {
                if (root.Day >= from && root.Day <= to)
                {
                    roots.Add(root);
                }
            }

            var index = new ExportIndex(company.Value, from, to, time.GetUtcNow(), ArchiveHashes.Genesis, entries, roots);
            await AddAsync(zip, "manifest.json", JsonSerializer.SerializeToUtf8Bytes(index, Options), cancellationToken);
        }
    }

    private static async Task AddAsync(ZipArchive zip, string name, byte[] bytes, CancellationToken cancellationToken)
    {
        await using var stream = await zip.CreateEntry(name, CompressionLevel.Fastest).OpenAsync(cancellationToken);
        await stream.WriteAsync(bytes, cancellationToken);
    }

    private sealed record ExportedEntry(long Sequence, string InvoiceId, DateTimeOffset ArchivedAt, string ManifestSha256, string Previous, IReadOnlyList<ArchiveFile> Files);

    private sealed record ExportIndex(string Company, DateOnly From, DateOnly To, DateTimeOffset ExportedAt, string Genesis, IReadOnlyList<ExportedEntry> Entries, IReadOnlyList<DailyRoot> DailyRoots);
}
