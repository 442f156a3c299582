using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>Subscriptions, their due-date index, and the claims of their periods.</summary>
public interface ISubscriptionStore
{
    /// <returns>False when the company already has a subscription with that id.</returns>
    Task<bool> TryAddAsync(Subscription subscription, CancellationToken cancellationToken);

    Task<Subscription?> FindAsync(CompanyId company, string id, CancellationToken cancellationToken);

    /// <param name="status">Only subscriptions in this status (null: all).</param>
    Task<ResultPage<Subscription>> ListAsync(CompanyId company, SubscriptionStatus? status, int pageSize, string? continuation, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces <paramref name="previous"/> (as the caller read it, by its <see cref="Subscription.Version"/>) with
    /// <paramref name="updated"/> and moves its entry in the due index; null when it changed since that read.
    /// </summary>
    /// <returns>The stored subscription with its new version.</returns>
    Task<Subscription?> TryUpdateAsync(Subscription previous, Subscription updated, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="max"/> active subscriptions whose next invoice date is on or before <paramref name="day"/>,
    /// all companies, in index order after the key <paramref name="after"/> (null: from the start) and up to the key
    /// <paramref name="through"/> included (null: no bound), with the key of the last one to continue from.
    /// </summary>
    Task<DuePage> DuePageAsync(DateOnly day, string? after, string? through, int max, CancellationToken cancellationToken);

    /// <summary>Claims a period's document under <paramref name="proposed"/>'s id; returns the claim in force (this one, or the one made before).</summary>
    Task<PeriodClaim> ClaimAsync(CompanyId company, PeriodClaim proposed, CancellationToken cancellationToken);

    /// <summary>Marks the claim's document as handed to the issue pipeline.</summary>
    Task MarkIssuedAsync(CompanyId company, PeriodClaim claim, CancellationToken cancellationToken);

    /// <summary>The claims of a subscription's documents, oldest period first (invoice before its credit note).</summary>
    Task<IReadOnlyList<PeriodClaim>> ClaimsAsync(CompanyId company, string subscriptionId, CancellationToken cancellationToken);
}
