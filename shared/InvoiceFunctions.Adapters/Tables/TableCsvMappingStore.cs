using System.Text.Json;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Payments;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>The CSV statement mapping in table Ledger beside the ledger settings: partition = company, row "settings|bank-csv", the mapping as JSON.</summary>
public sealed class TableCsvMappingStore(StorageClients clients) : ICsvMappingStore
{
    private const string Row = LedgerRows.Settings + "|bank-csv";
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.Ledger);

    public async Task<BankCsvMapping?> FindAsync(CompanyId company, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(company.Value, Row, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? JsonSerializer.Deserialize<BankCsvMapping>(entity.GetString("Mapping"), StoredJson.Options) : null;
    }

    public Task SaveAsync(CompanyId company, BankCsvMapping mapping, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(new TableEntity(company.Value, Row) { ["Mapping"] = JsonSerializer.Serialize(mapping, StoredJson.Options) }, TableUpdateMode.Replace, cancellationToken);
}
