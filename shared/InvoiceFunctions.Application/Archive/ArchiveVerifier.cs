using InvoiceFunctions.Application.Companies;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace InvoiceFunctions.Application.Archive;

/// <summary>
/// Re-computes a company's whole archive: each manifest's hash against its chain link, each link against the
/// previous one, each file's hash against its address, each daily root and the head. Reports the first break.
/// </summary>
public sealed class ArchiveVerifier(IArchiveObjectStore objects, IArchiveChainStore chain, ILogger<ArchiveVerifier>? logger = null)
{
    private readonly ILogger log = logger ?? NullLogger<ArchiveVerifier>.Instance;

    public async Task<ArchiveVerification> VerifyAsync(CompanyId company, CancellationToken cancellationToken)
    {
        var report = await RecomputeAsync(company, cancellationToken);
        if (report.FirstBreak is { } broken)
        {
            log.Broken(company.Value, broken.Sequence, broken.Kind, broken.Detail);
        }
        else
        {
            log.Intact(company.Value, report.EntriesChecked, report.ObjectsChecked);
        }

        return report;
    }

    private async Task<ArchiveVerification> RecomputeAsync(CompanyId company, CancellationToken cancellationToken)
    {
        var previous = ArchiveHashes.Genesis;
        long expected = 1, objectsChecked = 0;
        var roots = new Dictionary<DateOnly, (string Root, long First)>();
        ArchiveVerification Broken(long sequence, ArchiveBreakKind kind, string detail) =>
            new(company.Value, false, sequence - 1, objectsChecked, 0, previous, new ArchiveBreak(sequence, kind, detail));

        await foreach (var entry in chain.EntriesAsync(company, cancellationToken))
        {
            if (entry.Sequence != expected)
            {
                return Broken(expected, ArchiveBreakKind.SequenceGap, $"entry {expected} is missing; next is {entry.Sequence}");
            }

            var bytes = await objects.GetAsync(company, entry.ManifestSha256, cancellationToken);
            if (bytes is null)
            {
                return Broken(expected, ArchiveBreakKind.MissingManifest, $"manifest {entry.ManifestSha256} is missing");
            }

            if (ArchiveHashes.Of(bytes) is var actual && actual != entry.ManifestSha256)
            {
                return Broken(expected, ArchiveBreakKind.ManifestAltered, $"manifest hashes to {actual}, the chain says {entry.ManifestSha256}");
            }

            var manifest = ArchiveManifest.TryParse(bytes);
            if (manifest is null || entry.Previous != previous || manifest.Previous != previous || manifest.Sequence != entry.Sequence || manifest.Company != company.Value)
            {
                return Broken(expected, ArchiveBreakKind.ChainLinkBroken, $"entry does not link to the previous hash {previous}");
            }

            foreach (var file in manifest.Files)
            {
                var content = await objects.GetAsync(company, file.Sha256, cancellationToken);
                objectsChecked++;
                if (content is null)
                {
                    return Broken(expected, ArchiveBreakKind.MissingObject, $"{file.Kind} '{file.Name}' ({file.Sha256}) is missing");
                }

                if (ArchiveHashes.Of(content) is var hash && hash != file.Sha256)
                {
                    return Broken(expected, ArchiveBreakKind.ObjectAltered, $"{file.Kind} '{file.Name}' hashes to {hash}, its address is {file.Sha256}");
                }
            }

            var (dayRoot, first) = roots.TryGetValue(entry.Day, out var known) ? known : (ArchiveHashes.Genesis, entry.Sequence);
            roots[entry.Day] = (ArchiveHashes.NextRoot(dayRoot, entry.ManifestSha256), first);
            previous = entry.ManifestSha256;
            expected++;
        }

        var entries = expected - 1;
        var checkedRoots = 0;
        await foreach (var stored in chain.DailyRootsAsync(company, cancellationToken))
        {
            checkedRoots++;
            if (!roots.TryGetValue(stored.Day, out var computed) || computed.Root != stored.Root)
            {
                return new(company.Value, false, entries, objectsChecked, checkedRoots, previous, new ArchiveBreak(
                    computed.First, ArchiveBreakKind.DailyRootMismatch, $"the root recorded for {stored.Day:yyyy-MM-dd} is {stored.Root}, the entries give {computed.Root ?? "none"}"));
            }
        }

        var head = await chain.GetHeadAsync(company, cancellationToken);
        return head.Sequence != entries || head.Hash != previous
            ? new(company.Value, false, entries, objectsChecked, checkedRoots, previous, new ArchiveBreak(head.Sequence, ArchiveBreakKind.HeadMismatch, $"head is {head.Sequence} {head.Hash}, the entries end at {entries} {previous}"))
            : new(company.Value, true, entries, objectsChecked, checkedRoots, previous, null);
    }
}
