using System.Text.Json;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Dunning;
using InvoiceFunctions.Core.Dunning;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>Dunning policies in table DunningPolicies: partition = company, row "policy" (the default) or "policy:{name}", the policy as JSON.</summary>
public sealed class TableDunningPolicyStore(StorageClients clients) : IDunningPolicyStore
{
    private const string Row = "policy";
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.DunningPolicies);

    public async Task<DunningPolicy?> FindAsync(CompanyId company, string? name, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(company.Value, RowKey(name), cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? JsonSerializer.Deserialize<DunningPolicy>(entity.GetString("Policy"), StoredJson.Options) : null;
    }

    public Task SaveAsync(CompanyId company, string? name, DunningPolicy policy, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(new TableEntity(company.Value, RowKey(name)) { ["Policy"] = JsonSerializer.Serialize(policy, StoredJson.Options) }, TableUpdateMode.Replace, cancellationToken);

    private static string RowKey(string? name) => name is null ? Row : $"{Row}:{name}";
}
