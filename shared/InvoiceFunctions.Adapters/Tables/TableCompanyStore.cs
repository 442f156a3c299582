using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>Companies in table Companies: partition = company id, row "profile".</summary>
public sealed class TableCompanyStore(StorageClients clients) : ICompanyStore
{
    private const string Row = "profile";
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.Companies);

    public async Task<bool> TryAddAsync(Company company, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(company.Id.Value, Row)
        {
            ["Name"] = company.Name,
            ["Siren"] = company.Siren,
            ["VatId"] = company.VatId,
            ["CountryCode"] = company.CountryCode,
            ["CreatedAt"] = company.CreatedAt,
        };
        return await TableWrites.TryAddAsync(table, entity, cancellationToken);
    }

    public async Task<Company?> FindAsync(CompanyId id, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(id.Value, Row, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } e
            ? new Company(id, e.GetString("Name"), e.GetString("Siren"), e.GetString("VatId"), e.GetString("CountryCode"), e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue)
            : null;
    }

    public async IAsyncEnumerable<CompanyId> ListIdsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in table.QueryAsync<TableEntity>($"RowKey eq '{Row}'", select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            if (CompanyId.TryParse(entity.PartitionKey, out var id))
            {
                yield return id;
            }
        }
    }
}
