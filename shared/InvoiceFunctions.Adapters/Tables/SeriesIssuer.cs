using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>
/// Gives invoices their gapless numbers. The counter row of a series is every issue's meeting point, so the issuers of
/// this process take turns (<see cref="WriterGate"/>) and race (by ETag) only across instances; the one whose turn it
/// is numbers every invoice of the series waiting behind it in one transaction: the counter moved by the group's size,
/// each invoice updated with its number and its event. If that transaction fails (an invoice or the counter changed
/// meanwhile), nothing was written and the group is numbered one by one from fresh reads, as a single issue is.
/// </summary>
internal sealed class SeriesIssuer(TableClient table, WriterGate gate)
{
    /// <summary>A transaction holds at most 100 actions: the counter and up to three per invoice (row, event, feed event).</summary>
    private const int MaxGroup = 32;

    // The last number and counter version this instance wrote, per series and year: the next turn needs no counter
    // read. A write by another instance in between makes the transaction fail and the counter is read again.
    private readonly ConcurrentDictionary<string, (long Value, ETag Version)> counters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<PendingIssue>> waiting = new(StringComparer.Ordinal);

    public async Task<LedgerInvoice> IssueAsync(
        CompanyId company, string invoiceId, LedgerInvoice? known, string series, int year, Func<LedgerInvoice, InvoiceNumber, InvoiceChange> change, CancellationToken cancellationToken)
    {
        var key = $"num|{company.Value}|{series}|{year}";
        var pending = new PendingIssue(invoiceId, known, change);
        var queue = waiting.GetOrAdd(key, _ => new ConcurrentQueue<PendingIssue>());
        queue.Enqueue(pending);
        using (await gate.EnterAsync(key, cancellationToken))
        {
            while (!pending.Completion.Task.IsCompleted)
            {
                var group = new List<PendingIssue>();
                while (group.Count < MaxGroup && queue.TryDequeue(out var next))
                {
                    group.Add(next);
                }

                try
                {
                    if (group.Count == 1 || !await TryIssueGroupAsync(key, company, series, year, group, cancellationToken))
                    {
                        foreach (var one in group)
                        {
                            await CompleteAsync(one, () => IssueOneAsync(key, company, one.InvoiceId, one.Known, series, year, one.Change, cancellationToken));
                        }
                    }
                }
                catch (Exception ex)
                {
                    // Every invoice taken from the queue gets an answer: its caller waits for nothing else.
                    group.ForEach(p => p.Completion.TrySetException(ex));
                }
            }
        }

        return await pending.Completion.Task;
    }

    /// <returns>False when the transaction failed: nothing was written, the group is to be numbered one by one.</returns>
    private async Task<bool> TryIssueGroupAsync(string key, CompanyId company, string series, int year, List<PendingIssue> group, CancellationToken cancellationToken)
    {
        if (group.DistinctBy(p => p.InvoiceId).Count() < group.Count)
        {
            // The same invoice twice (a message delivered again): the second must see the first's number, so one by one.
            return false;
        }

        try
        {
            var rows = await Task.WhenAll(group.Select(p => p.Known is { } row ? Task.FromResult<LedgerInvoice?>(row) : LedgerRows.FindInvoiceAsync(table, company, p.InvoiceId, cancellationToken)));
            var (last, take) = counters.TryRemove(key, out var cached)
                ? NumberCounters.After(company.Value, series, year, cached.Value, cached.Version, null)
                : await NumberCounters.NextAsync(table, company.Value, series, year, null, cancellationToken);
            last--;
            var actions = new List<TableTransactionAction> { take };
            var numbered = new List<(PendingIssue Pending, LedgerInvoice Updated, int Action)>();
            for (var i = 0; i < group.Count; i++)
            {
                if (rows[i] is not { } current)
                {
                    group[i].Completion.TrySetException(new InvoiceNotFoundException(group[i].InvoiceId));
                    continue;
                }

                var next = group[i].Change(current, new InvoiceNumber(series, year, last + 1));
                numbered.Add((group[i], next.Updated, actions.Count));
                actions.Add(new(TableTransactionActionType.UpdateReplace, LedgerRows.ToEntity(next.Updated), new ETag(current.Version!)));
                actions.AddRange(FeedRows.EventActions(next));
                last++;
            }

            if (numbered.Count == 0)
            {
                return true;
            }

            var counter = (TableEntity)take.Entity;
            counter["Last"] = last;
            counter["LastInvoiceId"] = numbered[^1].Updated.Id;
            var written = await table.SubmitTransactionAsync(actions, cancellationToken);
            if (written.Value[0].Headers.ETag is { } version)
            {
                counters[key] = (last, version);
            }

            numbered.ForEach(n => n.Pending.Completion.TrySetResult(n.Updated with { Version = written.Value[n.Action].Headers.ETag?.ToString() }));
            return true;
        }
        catch (RequestFailedException)
        {
            // A row or the counter moved, or the group is too large for one transaction: one by one, from fresh reads.
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A change refused one invoice (its state moved on): the others are numbered one by one, that one fails again alone.
            return false;
        }
    }

    private static async Task CompleteAsync(PendingIssue pending, Func<Task<LedgerInvoice>> issue)
    {
        if (pending.Completion.Task.IsCompleted)
        {
            return;
        }

        try
        {
            pending.Completion.TrySetResult(await issue());
        }
        catch (Exception ex)
        {
            pending.Completion.TrySetException(ex);
        }
    }

    private Task<LedgerInvoice> IssueOneAsync(
        string key, CompanyId company, string invoiceId, LedgerInvoice? known, string series, int year, Func<LedgerInvoice, InvoiceNumber, InvoiceChange> change, CancellationToken cancellationToken) =>
        OptimisticRetry.RunAsync($"Numbering series {series}/{year}", async () =>
        {
            var current = known ?? await LedgerRows.FindInvoiceAsync(table, company, invoiceId, cancellationToken) ?? throw new InvoiceNotFoundException(invoiceId);
            known = null;
            var (number, counterAction) = counters.TryRemove(key, out var last)
                ? NumberCounters.After(company.Value, series, year, last.Value, last.Version, invoiceId)
                : await NumberCounters.NextAsync(table, company.Value, series, year, invoiceId, cancellationToken);
            var next = change(current, new InvoiceNumber(series, year, number));
            var written = await table.SubmitTransactionAsync(
                [counterAction, new(TableTransactionActionType.UpdateReplace, LedgerRows.ToEntity(next.Updated), new ETag(current.Version!)), .. FeedRows.EventActions(next)],
                cancellationToken);
            if (written.Value[0].Headers.ETag is { } version)
            {
                counters[key] = (number, version);
            }

            return next.Updated with { Version = written.Value[1].Headers.ETag?.ToString() };
        }, cancellationToken);
}
