using System.Globalization;
using Azure;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>
/// The feed in table OutboundEvents (partition = company): "e|{ticks:D19}|{id}" rows read in order, and a "k|{id}"
/// claim written in the same transaction, so publishing an event again conflicts and changes nothing.
/// </summary>
public sealed class TableOutboundEventStore(StorageClients clients) : IOutboundEventStore
{
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.OutboundEvents);

    public async Task PublishAsync(CompanyId company, OutboundEvent outbound, CancellationToken cancellationToken)
    {
        var row = new TableEntity(company.Value, string.Create(CultureInfo.InvariantCulture, $"e|{outbound.At.UtcTicks:D19}|{outbound.Id}"))
        {
            ["Id"] = outbound.Id,
            ["Type"] = outbound.Type,
            ["At"] = outbound.At,
            ["InvoiceId"] = outbound.InvoiceId,
            ["Number"] = outbound.Number,
            ["Detail"] = outbound.Detail,
        };
        try
        {
            await table.SubmitTransactionAsync(
                [new(TableTransactionActionType.Add, new TableEntity(company.Value, "k|" + outbound.Id)), new(TableTransactionActionType.Add, row)], cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            // Published before.
        }
    }

    public Task<ResultPage<OutboundEvent>> ReadAsync(CompanyId company, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        TablePages.ReadAsync(table, TableFilters.Prefix(company.Value, "e|"), pageSize, continuation, ToEvent, cancellationToken);

    private static OutboundEvent ToEvent(TableEntity e) => new(
        e.GetString("Id"), e.GetString("Type"), e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue, e.GetString("InvoiceId"), e.GetString("Number"), e.GetString("Detail"));
}
