using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Intake.Mail;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>
/// Intake records of inbound mail in table InboundMail: the receipt under partition "_key" (no company id starts
/// with "_"), row = message key, and a copy under partition = company (or "_unknown"), row = inverted received time
/// + key, so a company's list reads newest first. The receipt is written last: it is what makes a re-delivery a no-op.
/// </summary>
public sealed class TableInboundMailStore(StorageClients clients) : IInboundMailStore
{
    private const string Receipts = "_key";
    private const string Column = "Record";
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.InboundMail);

    public async Task<InboundMailRecord?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Receipts, key, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? ChunkedJson.Read<InboundMailRecord>(entity, Column) : null;
    }

    public async Task SaveAsync(InboundMailRecord record, CancellationToken cancellationToken)
    {
        var listed = new TableEntity(record.Company ?? MailQuarantine.UnknownCompany, ListRow(record));
        ChunkedJson.Write(listed, Column, record);
        await table.UpsertEntityAsync(listed, TableUpdateMode.Replace, cancellationToken);
        var receipt = new TableEntity(Receipts, record.Key);
        ChunkedJson.Write(receipt, Column, record);
        await table.UpsertEntityAsync(receipt, TableUpdateMode.Replace, cancellationToken);
    }

    public Task<ResultPage<InboundMailRecord>> ListAsync(CompanyId company, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        TablePages.ReadAsync(table, TableClient.CreateQueryFilter($"PartitionKey eq {company.Value}"), pageSize, continuation, e => ChunkedJson.Read<InboundMailRecord>(e, Column), cancellationToken);

    private static string ListRow(InboundMailRecord record) => $"{DateTimeOffset.MaxValue.UtcTicks - record.ReceivedAt.UtcTicks:D19}-{record.Key}";
}
