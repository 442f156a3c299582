using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>The history of billing runs: each run's report, and each company's share of it.</summary>
public interface IBillingRunStore
{
    /// <summary>Saves the run's report and the companies' (a replayed save writes the same rows again).</summary>
    Task SaveAsync(BillingRunReport run, IReadOnlyList<(CompanyId Company, BillingRunReport Report)> companies, CancellationToken cancellationToken);

    /// <summary>Newest first: every run (<paramref name="company"/> null) or one company's share of each run that looked at it.</summary>
    Task<ResultPage<BillingRunReport>> ListAsync(CompanyId? company, int pageSize, string? continuation, CancellationToken cancellationToken);
}
