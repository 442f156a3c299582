using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>The digests sent, one per company and company-local day.</summary>
public interface IDunningDigestStore
{
    Task<DunningDigest?> FindAsync(CompanyId company, DateOnly day, CancellationToken cancellationToken);

    /// <returns>False when the day's digest is claimed already (nothing is overwritten).</returns>
    Task<bool> TryAddAsync(DunningDigest digest, CancellationToken cancellationToken);

    Task SaveAsync(DunningDigest digest, CancellationToken cancellationToken);
}
