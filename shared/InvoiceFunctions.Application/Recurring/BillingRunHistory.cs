using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>Reports of billing runs: made from the outcomes of a run's subscriptions, kept per run and per company.</summary>
public sealed class BillingRunHistory(IBillingRunStore store, TimeProvider time)
{
    /// <summary>The run's report over <paramref name="outcomes"/> (one per subscription looked at).</summary>
    public static BillingRunReport Report(string runId, DateTimeOffset at, IReadOnlyCollection<BillingOutcome> outcomes) => new(
        runId,
        at,
        outcomes.Count,
        outcomes.Count(o => o.InvoiceIds.Count > 0),
        outcomes.Sum(o => o.InvoiceIds.Count),
        outcomes.Where(o => o.Failure is not null).Select(o => $"{o.Company}/{o.SubscriptionId}: {o.Failure}").ToList());

    public async Task<BillingRunReport> RecordAsync(string runId, DateTimeOffset at, IReadOnlyCollection<BillingOutcome> outcomes, CancellationToken cancellationToken)
    {
        var completed = time.GetUtcNow();
        var run = Report(runId, at, outcomes) with { CompletedAt = completed };
        var companies = outcomes.GroupBy(o => o.Company).Select(g => (CompanyId.Parse(g.Key), Report(runId, at, g.ToList()) with { CompletedAt = completed })).ToList();
        await store.SaveAsync(run, companies, cancellationToken);
        return run;
    }

    public Task<ResultPage<BillingRunReport>> ListAsync(CompanyId? company, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        store.ListAsync(company, Math.Clamp(pageSize, 1, 200), continuation, cancellationToken);
}
