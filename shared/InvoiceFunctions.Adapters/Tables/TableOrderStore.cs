using Azure;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Orders;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>Orders in table Orders (partition = company, row = order id): content, remaining quantities and claimed invoices as chunked JSON.</summary>
public sealed class TableOrderStore(StorageClients clients) : IOrderStore
{
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.Orders);

    public Task<bool> TryAddAsync(SalesOrder order, CancellationToken cancellationToken) => TableWrites.TryAddAsync(table, ToEntity(order), cancellationToken);

    public async Task<SalesOrder?> FindAsync(CompanyId company, string id, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(company.Value, id, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } e ? ToOrder(e) : null;
    }

    public async Task<SalesOrder> UpdateAsync(SalesOrder updated, CancellationToken cancellationToken) =>
        updated with { Version = await TableWrites.ReplaceAsync(table, ToEntity(updated), updated.Version!, $"Order '{updated.Id}'", cancellationToken) };

    public Task<ResultPage<SalesOrder>> ListAsync(CompanyId company, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        TablePages.ReadAsync(table, TableFilters.PartitionWhere(company.Value, "Status", null), pageSize, continuation, ToOrder, cancellationToken);

    private static TableEntity ToEntity(SalesOrder o)
    {
        var entity = new TableEntity(o.Company.Value, o.Id)
        {
            ["QuoteId"] = o.QuoteId,
            ["QuoteNumber"] = o.QuoteNumber,
            ["Status"] = o.Status.ToString(),
            ["CreatedAt"] = o.CreatedAt,
            ["UpdatedAt"] = o.UpdatedAt,
        };
        ChunkedJson.Write(entity, "Content", o.Content);
        ChunkedJson.Write(entity, "Remaining", o.Remaining);
        ChunkedJson.Write(entity, "Invoices", o.Invoices);
        return entity;
    }

    private static SalesOrder ToOrder(TableEntity e) => new(
        CompanyId.Parse(e.PartitionKey), e.RowKey, e.GetString("QuoteId"), e.GetString("QuoteNumber"), Enum.Parse<OrderStatus>(e.GetString("Status")),
        ChunkedJson.Read<InvoiceDraft>(e, "Content"), ChunkedJson.Read<List<decimal>>(e, "Remaining"), ChunkedJson.Read<List<OrderInvoice>>(e, "Invoices"),
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue, e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue, e.ETag.ToString());
}
