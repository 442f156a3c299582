using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>The steps taken for each invoice's dunning.</summary>
public interface IDunningStepStore
{
    Task<IReadOnlyList<DunningStepRecord>> ListAsync(CompanyId company, string invoiceId, CancellationToken cancellationToken);

    /// <summary>One step by its key (a point read), or null when it was never claimed.</summary>
    Task<DunningStepRecord?> FindAsync(CompanyId company, string invoiceId, string stepKey, CancellationToken cancellationToken);

    /// <summary>The company's steps created from <paramref name="from"/> (inclusive) to <paramref name="until"/> (exclusive), for its digest.</summary>
    Task<IReadOnlyList<DunningStepRecord>> ListCreatedAsync(CompanyId company, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken);

    /// <returns>The record with its version, or null when the step is claimed already (nothing is overwritten).</returns>
    Task<DunningStepRecord?> TryAddAsync(DunningStepRecord record, CancellationToken cancellationToken);

    /// <exception cref="Ledger.ConcurrencyConflictException">It changed since it was read.</exception>
    Task<DunningStepRecord> UpdateAsync(DunningStepRecord record, CancellationToken cancellationToken);

    /// <summary>Releases a claim whose mail was not accepted at all, so the retry claims it again.</summary>
    Task DeleteAsync(DunningStepRecord record, CancellationToken cancellationToken);
}
