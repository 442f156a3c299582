namespace InvoiceFunctions.Application.Companies;

/// <summary>Where companies are kept.</summary>
public interface ICompanyStore
{
    /// <returns>False when a company with that id already exists (nothing is overwritten).</returns>
    Task<bool> TryAddAsync(Company company, CancellationToken cancellationToken);

    Task<Company?> FindAsync(CompanyId id, CancellationToken cancellationToken);

    /// <summary>Every company's id (for the daily work done for each, such as the dunning digest).</summary>
    IAsyncEnumerable<CompanyId> ListIdsAsync(CancellationToken cancellationToken);
}
