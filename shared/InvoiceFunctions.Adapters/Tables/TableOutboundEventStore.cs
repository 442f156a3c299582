using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>The feed in the company's ledger partition (<see cref="FeedRows"/>): invoice events come with their ledger change, others are published here.</summary>
public sealed class TableOutboundEventStore(StorageClients clients) : IOutboundEventStore
{
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.Ledger);

    public async Task PublishAsync(CompanyId company, OutboundEvent outbound, CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitTransactionAsync(
                [new(TableTransactionActionType.Add, new TableEntity(company.Value, FeedRows.Key(outbound.Id))), new(TableTransactionActionType.Add, FeedRows.ToEntity(company, outbound))],
                cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            // Published before.
        }
    }

    public Task<ResultPage<OutboundEvent>> ReadAsync(CompanyId company, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        TablePages.ReadAsync(table, TableFilters.Prefix(company.Value, FeedRows.Prefix), pageSize, continuation, FeedRows.ToEvent, cancellationToken);
}
