using System.Text.Json;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>The billing profile as JSON in the company's ledger partition, row "billing-profile".</summary>
public sealed class TableBillingProfileStore(StorageClients clients) : IBillingProfileStore
{
    private const string Row = "billing-profile";
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.Ledger);

    public async Task<BillingProfile> GetAsync(CompanyId company, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(company.Value, Row, cancellationToken: cancellationToken);
        return found.HasValue && found.Value?.GetString("Profile") is { } json
            ? JsonSerializer.Deserialize<BillingProfile>(json, StoredJson.Options) ?? new BillingProfile()
            : new BillingProfile();
    }

    public Task SaveAsync(CompanyId company, BillingProfile profile, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(new TableEntity(company.Value, Row) { ["Profile"] = JsonSerializer.Serialize(profile, StoredJson.Options) }, TableUpdateMode.Replace, cancellationToken);
}
