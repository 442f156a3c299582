using System.Text.Json;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Delivery;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>E-mail settings in table DeliverySettings: partition = company, row "email", the settings as JSON.</summary>
public sealed class TableEmailSettingsStore(StorageClients clients) : IEmailSettingsStore
{
    private const string Row = "email";
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.DeliverySettings);

    public async Task<EmailSettings?> FindAsync(CompanyId company, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(company.Value, Row, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? JsonSerializer.Deserialize<EmailSettings>(entity.GetString("Settings"), StoredJson.Options) : null;
    }

    public Task SaveAsync(CompanyId company, EmailSettings settings, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(new TableEntity(company.Value, Row) { ["Settings"] = JsonSerializer.Serialize(settings, StoredJson.Options) }, TableUpdateMode.Replace, cancellationToken);
}
