using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>Reports of billing runs: made from the tallies of a run's companies, kept per run and per company.</summary>
public sealed class BillingRunHistory(IBillingRunStore store, TimeProvider time)
{
    /// <summary>The report of a run whose companies' tallies are <paramref name="tally"/> (summed).</summary>
    public static BillingRunReport Report(string runId, DateTimeOffset at, BillingTally tally) =>
        new(runId, at, tally.Subscriptions, tally.Billed, tally.Invoices, tally.Failures);

    /// <summary>Saves the run's report and each company's share of it, from the run's tallies per company.</summary>
    public async Task<BillingRunReport> RecordAsync(string runId, DateTimeOffset at, IReadOnlyDictionary<string, BillingTally> companies, CancellationToken cancellationToken)
    {
        var completed = time.GetUtcNow();
        var run = Report(runId, at, companies.Values.Aggregate(BillingTally.Empty, (sum, t) => sum.Plus(t))) with { CompletedAt = completed };
        var shares = companies.Select(c => (CompanyId.Parse(c.Key), Report(runId, at, c.Value) with { CompletedAt = completed })).ToList();
        await store.SaveAsync(run, shares, cancellationToken);
        return run;
    }

    public Task<ResultPage<BillingRunReport>> ListAsync(CompanyId? company, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        store.ListAsync(company, Math.Clamp(pageSize, 1, 200), continuation, cancellationToken);
}
