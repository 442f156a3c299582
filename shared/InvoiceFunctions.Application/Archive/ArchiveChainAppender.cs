using System.Collections.Concurrent;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;
using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Archive;

/// <summary>
/// Links archive entries after a company's chain head in groups. Every archive of a company meets at the head row, so
/// the archives of this instance take turns (<see cref="WriterGate"/>); the one whose turn it is links every archive
/// waiting behind it at once: their manifests written side by side, then one transaction moving the head, adding the
/// entries, their keys and the day's root. N archives in flight cost one turn instead of N; across instances the
/// transaction is still conditional on the head's version, so a lost race links the group again after the new head.
/// </summary>
internal sealed class ArchiveChainAppender(IArchiveObjectStore objects, IArchiveChainStore chain, WriterGate gate, TimeProvider time, ILogger log)
{
    /// <summary>A transaction holds at most 100 actions: the head, the day's root and two rows (entry, key) per archive.</summary>
    public const int MaxGroup = 48;

    private const int MaxAttempts = 200;

    // The head and day root this instance wrote last, per company: the next group starts from them instead of reading
    // both rows again. The append is conditional on the head's version, so if another instance linked in between it
    // fails and both rows are read afresh.
    private readonly ConcurrentDictionary<string, (ArchiveHead Head, DailyRoot Root)> tips = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<PendingLink>> waiting = new(StringComparer.Ordinal);

    /// <returns>The entry, and <c>Concurrent</c> when another delivery of the same key linked it first.</returns>
    public async Task<(ArchiveEntry Entry, bool Concurrent)> AppendAsync(
        CompanyId company, string invoiceId, IReadOnlyList<ArchiveFile> files, string? key, CancellationToken cancellationToken)
    {
        var link = new PendingLink(invoiceId, files, key);
        var queue = waiting.GetOrAdd(company.Value, _ => new ConcurrentQueue<PendingLink>());
        queue.Enqueue(link);
        using (await gate.EnterAsync("chain|" + company.Value, cancellationToken))
        {
            // A turn before this one may have linked this archive already; otherwise link the groups ahead of it and its own.
            while (!link.Completion.Task.IsCompleted)
            {
                var group = Take(queue);
                try
                {
                    await LinkGroupAsync(company, group, cancellationToken);
                }
                catch (Exception ex)
                {
                    // The callers of the group retry on their own (their queue messages come back); nothing was linked.
                    group.ForEach(waiter => waiter.Completion.TrySetException(ex));
                }
            }
        }

        return await link.Completion.Task;
    }

    private static List<PendingLink> Take(ConcurrentQueue<PendingLink> queue)
    {
        var group = new List<PendingLink>();
        while (group.Count < MaxGroup && queue.TryDequeue(out var next))
        {
            group.Add(next);
        }

        return group;
    }

    private async Task LinkGroupAsync(CompanyId company, List<PendingLink> group, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts && group.Count > 0; attempt++)
        {
            var tip = tips.TryRemove(company.Value, out var known) ? known : default((ArchiveHead Head, DailyRoot Root)?);
            var head = tip?.Head ?? await chain.GetHeadAsync(company, cancellationToken);
            var now = time.GetUtcNow();
            var day = DateOnly.FromDateTime(now.UtcDateTime);
            var dayRoot = tip is { } t && t.Root.Day == day ? t.Root : await chain.GetDailyRootAsync(company, day, cancellationToken);
            var (links, answers, root) = await WriteManifestsAsync(company, group, head, dayRoot, now, day, cancellationToken);
            if (await chain.TryAppendAsync(company, head, links, root, cancellationToken) is { } newHead)
            {
                if (newHead.Version is not null)
                {
                    tips[company.Value] = (newHead, root);
                }

                answers.ForEach(answer => answer.Waiter.Completion.TrySetResult((answer.Entry, answer.Concurrent)));
                return;
            }

            // Another instance linked first, or another delivery of one of these keys did: those are answered with the
            // entry made then; the rest link again after the new head (the manifests written stay unreferenced, harmless).
            foreach (var waiter in group.Where(w => w.Key is not null))
            {
                if (await chain.FindByKeyAsync(company, waiter.Key!, cancellationToken) is { } earlier)
                {
                    waiter.Completion.TrySetResult((earlier, true));
                }
            }

            group.RemoveAll(waiter => waiter.Completion.Task.IsCompleted);
            log.ChainRaceLost(company.Value, attempt);
            await Task.Delay(Random.Shared.Next(1, 10 * Math.Min(attempt, 10)), cancellationToken);
        }

        if (group.Count > 0)
        {
            throw new ConcurrencyConflictException($"The archive chain of '{company}'", MaxAttempts);
        }
    }

    /// <summary>Chains the group's manifests after <paramref name="head"/> and writes them side by side.</summary>
    private async Task<(List<ArchiveLink> Links, List<(PendingLink Waiter, ArchiveEntry Entry, bool Concurrent)> Answers, DailyRoot Root)> WriteManifestsAsync(
        CompanyId company, List<PendingLink> group, ArchiveHead head, DailyRoot? dayRoot, DateTimeOffset now, DateOnly day, CancellationToken cancellationToken)
    {
        var links = new List<ArchiveLink>();
        var answers = new List<(PendingLink, ArchiveEntry, bool)>();
        var byKey = new Dictionary<string, ArchiveEntry>(StringComparer.Ordinal);
        var puts = new List<Task>();
        var (previous, sequence) = (head.Hash, head.Sequence);
        var rootHash = dayRoot?.Root ?? ArchiveHashes.Genesis;
        foreach (var waiter in group)
        {
            // The same key twice in one group (a message delivered again while its first delivery waits): one link, both answered.
            if (waiter.Key is not null && byKey.TryGetValue(waiter.Key, out var same))
            {
                answers.Add((waiter, same, true));
                continue;
            }

            sequence++;
            var bytes = new ArchiveManifest(company.Value, sequence, waiter.InvoiceId, now, previous, waiter.Files).ToBytes();
            var sha = ArchiveHashes.Of(bytes);
            puts.Add(objects.PutIfAbsentAsync(company, sha, bytes, "application/json", cancellationToken));
            var entry = new ArchiveEntry(sequence, waiter.InvoiceId, sha, previous, now, day);
            links.Add(new ArchiveLink(entry, waiter.Key));
            answers.Add((waiter, entry, false));
            if (waiter.Key is not null)
            {
                byKey[waiter.Key] = entry;
            }

            rootHash = ArchiveHashes.NextRoot(rootHash, sha);
            previous = sha;
        }

        // Every manifest must exist before the transaction that makes the chain point at it.
        await Task.WhenAll(puts);
        var root = new DailyRoot(day, rootHash, (dayRoot?.Count ?? 0) + links.Count, dayRoot?.FirstSequence ?? head.Sequence + 1, sequence);
        return (links, answers, root);
    }
}
