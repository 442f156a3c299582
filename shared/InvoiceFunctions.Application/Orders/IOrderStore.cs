using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Orders;

/// <summary>Orders per company; updates conditional on the version read.</summary>
public interface IOrderStore
{
    /// <returns>False when an order with this id exists (nothing written).</returns>
    Task<bool> TryAddAsync(SalesOrder order, CancellationToken cancellationToken);

    Task<SalesOrder?> FindAsync(CompanyId company, string id, CancellationToken cancellationToken);

    /// <exception cref="ConcurrencyConflictException">It changed since <paramref name="updated"/>.Version.</exception>
    Task<SalesOrder> UpdateAsync(SalesOrder updated, CancellationToken cancellationToken);

    Task<ResultPage<SalesOrder>> ListAsync(CompanyId company, int pageSize, string? continuation, CancellationToken cancellationToken);
}
