using InvoiceFunctions.Application.Recurring;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace InvoiceFunctions.App.Recurring;

/// <summary>
/// One billing run, shaped for 100,000 due subscriptions: it pages the due index (<c>Recurring__BillingPageSize</c>, 500 by
/// default, at a time, by next invoice date) and hands each page to a sub-orchestration <c>&lt;run&gt;:page-&lt;n&gt;</c>
/// (<see cref="BillingPageOrchestration"/>), <see cref="PagesInFlight"/> at once. Pages answer with tallies per company
/// (counts and failures), never per-subscription lists; after <see cref="PagesPerExecution"/> pages the run continues
/// as new carrying its totals, so its history stays a few dozen events whatever the size. Each period is still
/// invoiced exactly once: its claim in the store decides, whichever page, run or host gets there.
/// </summary>
public sealed class BillingRunOrchestration(RecurringBilling billing, BillingRunHistory history)
{
    private const int PagesInFlight = 4;
    private const int PagesPerExecution = 16;
    internal static readonly TaskOptions Retry = TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromSeconds(5)));

    [Function(nameof(BillingRun))]
    public static async Task<BillingRunReport?> BillingRun([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var state = context.GetInput<BillingRunState>()!;
        var companies = new Dictionary<string, BillingTally>(state.Companies);
        var (after, page, more) = (state.After, state.Page, true);
        var inFlight = new List<Task<Dictionary<string, BillingTally>>>();
        for (var started = 0; more && started < PagesPerExecution; started++)
        {
            var bounds = await context.CallActivityAsync<DuePageBounds>(nameof(FindDuePage), new BillingPage(context.InstanceId, state.At, state.PageSize, after, null), Retry);
            more = bounds.Count == state.PageSize;
            if (bounds.Last is null)
            {
                break;
            }

            if (inFlight.Count == PagesInFlight)
            {
                var done = await Task.WhenAny(inFlight);
                inFlight.Remove(done);
                BillingTally.Merge(companies, await done);
            }

            inFlight.Add(context.CallSubOrchestratorAsync<Dictionary<string, BillingTally>>(
                nameof(BillingPageOrchestration.BillDuePage),
                new BillingPage(context.InstanceId, state.At, state.PageSize, after, bounds.Last),
                new SubOrchestrationOptions(Retry, $"{context.InstanceId}:page-{page}")));
            (after, page) = (bounds.Last, page + 1);
        }

        foreach (var done in await Task.WhenAll(inFlight))
        {
            BillingTally.Merge(companies, done);
        }

        if (more)
        {
            // Pages started in this execution are all done: only the totals and the index position carry over.
            context.ContinueAsNew(state with { After = after, Page = page, Companies = companies });
            return null;
        }

        return await context.CallActivityAsync<BillingRunReport>(nameof(RecordBillingRun), new BillingRunTotals(context.InstanceId, state.At, companies), Retry);
    }

    /// <summary>The next page of the due index: only its size and last key go into the run's history.</summary>
    [Function(nameof(FindDuePage))]
    public async Task<DuePageBounds> FindDuePage([ActivityTrigger] BillingPage next, CancellationToken cancellationToken)
    {
        var page = await billing.FindDuePageAsync(next.At, next.After, null, next.Size, cancellationToken);
        return new DuePageBounds(page.Items.Count, page.Last);
    }

    [Function(nameof(RecordBillingRun))]
    public Task<BillingRunReport> RecordBillingRun([ActivityTrigger] BillingRunTotals run, CancellationToken cancellationToken) =>
        history.RecordAsync(run.RunId, run.At, run.Companies, cancellationToken);
}
