using System.Globalization;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Products;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>Products in table Products: partition = company, row = product id; listed by category with a filter.</summary>
public sealed class TableProductStore(StorageClients clients) : IProductStore
{
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.Products);

    public async Task<bool> TryAddAsync(Product product, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(product.Company.Value, product.Id)
        {
            ["Name"] = product.Name,
            ["Category"] = product.Category,
            ["UnitPrice"] = product.UnitPrice.ToString(CultureInfo.InvariantCulture),
            ["Currency"] = product.Currency,
            ["VatRate"] = product.VatRate.ToString(CultureInfo.InvariantCulture),
            ["CreatedAt"] = product.CreatedAt,
        };
        return await TableWrites.TryAddAsync(table, entity, cancellationToken);
    }

    public async Task<Product?> FindAsync(CompanyId company, string id, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(company.Value, id, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } e ? ToProduct(e) : null;
    }

    public Task<ResultPage<Product>> ListAsync(CompanyId company, string? category, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        TablePages.ReadAsync(table, TableFilters.PartitionWhere(company.Value, "Category", category), pageSize, continuation, ToProduct, cancellationToken);

    private static Product ToProduct(TableEntity e) => new(
        CompanyId.Parse(e.PartitionKey), e.RowKey, e.GetString("Name"), e.GetString("Category"),
        decimal.Parse(e.GetString("UnitPrice"), CultureInfo.InvariantCulture), e.GetString("Currency"),
        decimal.Parse(e.GetString("VatRate"), CultureInfo.InvariantCulture), e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue);
}
