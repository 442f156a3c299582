using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Products;

/// <summary>A company's products and services, listed by category.</summary>
public interface IProductStore
{
    /// <returns>False when the company already has a product with that id.</returns>
    Task<bool> TryAddAsync(Product product, CancellationToken cancellationToken);

    Task<Product?> FindAsync(CompanyId company, string id, CancellationToken cancellationToken);

    Task<ResultPage<Product>> ListAsync(CompanyId company, string? category, int pageSize, string? continuation, CancellationToken cancellationToken);
}
