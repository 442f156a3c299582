using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Delivery.Connectors;

/// <summary>A company's connectors.</summary>
public interface IConnectorStore
{
    Task<IReadOnlyList<Connector>> ListAsync(CompanyId company, CancellationToken cancellationToken);

    Task<Connector?> FindAsync(CompanyId company, string id, CancellationToken cancellationToken);

    /// <exception cref="Ledger.ResourceExistsException">The id is taken.</exception>
    Task<Connector> AddAsync(Connector connector, CancellationToken cancellationToken);

    /// <summary>Replaces it if it did not change since <see cref="Connector.Version"/> was read.</summary>
    /// <exception cref="Ledger.ConcurrencyConflictException">It changed.</exception>
    Task<Connector> UpdateAsync(Connector connector, CancellationToken cancellationToken);

    /// <returns>Whether it existed.</returns>
    Task<bool> DeleteAsync(CompanyId company, string id, CancellationToken cancellationToken);
}
