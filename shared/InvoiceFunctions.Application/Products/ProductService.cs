using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Products;

/// <summary>Adds and lists a company's products and services by category.</summary>
public sealed class ProductService(IProductStore store, TimeProvider time)
{
    public async Task<Product> AddAsync(CompanyId company, NewProduct request, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            throw new LedgerValidationException(errors);
        }

        var product = new Product(company, request.Id!, request.Name!.Trim(), request.Category!, request.UnitPrice, request.Currency!, request.VatRate, time.GetUtcNow());
        return await store.TryAddAsync(product, cancellationToken) ? product : throw new ResourceExistsException("Product", product.Id);
    }

    public Task<ResultPage<Product>> ListAsync(CompanyId company, string? category, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        store.ListAsync(company, category, Math.Clamp(pageSize, 1, 1000), continuation, cancellationToken);
}
