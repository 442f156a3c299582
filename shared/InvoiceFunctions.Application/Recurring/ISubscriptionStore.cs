using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>Subscriptions, their due-date index, and the claims of their periods.</summary>
public interface ISubscriptionStore
{
    /// <returns>False when the company already has a subscription with that id.</returns>
    Task<bool> TryAddAsync(Subscription subscription, CancellationToken cancellationToken);

    Task<Subscription?> FindAsync(CompanyId company, string id, CancellationToken cancellationToken);

    Task<ResultPage<Subscription>> ListAsync(CompanyId company, int pageSize, string? continuation, CancellationToken cancellationToken);

    /// <summary>Replaces <paramref name="previous"/> (as the caller read it) with <paramref name="updated"/> and moves its entry in the due index.</summary>
    Task UpdateAsync(Subscription previous, Subscription updated, CancellationToken cancellationToken);

    /// <summary>Active subscriptions whose next invoice date is on or before <paramref name="day"/>, all companies.</summary>
    Task<IReadOnlyList<(CompanyId Company, string Id)>> DueAsync(DateOnly day, int max, CancellationToken cancellationToken);

    /// <summary>Claims a period; returns the existing claim when it was claimed before.</summary>
    Task<PeriodClaim?> TryClaimPeriodAsync(CompanyId company, string subscriptionId, DateOnly periodStart, CancellationToken cancellationToken);

    Task SavePeriodAsync(CompanyId company, PeriodClaim claim, CancellationToken cancellationToken);
}
