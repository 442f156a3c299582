using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Delivery.Connectors;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Adapters.Connectors;

/// <summary>
/// Connectors in table Connectors: partition = company, row = connector id, the connector as JSON (credentials included:
/// the table is the app's own; in Azure it is reachable by the app's managed identity only).
/// </summary>
public sealed class TableConnectorStore(StorageClients clients) : IConnectorStore
{
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.Connectors);

    public async Task<IReadOnlyList<Connector>> ListAsync(CompanyId company, CancellationToken cancellationToken)
    {
        var connectors = new List<Connector>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {company.Value}"), cancellationToken: cancellationToken))
        {
            connectors.Add(ToConnector(entity));
        }

        return connectors;
    }

    public async Task<Connector?> FindAsync(CompanyId company, string id, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(company.Value, id, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? ToConnector(entity) : null;
    }

    public async Task<Connector> AddAsync(Connector connector, CancellationToken cancellationToken)
    {
        try
        {
            var response = await table.AddEntityAsync(ToEntity(connector), cancellationToken);
            return connector with { Version = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            throw new ResourceExistsException("Connector", connector.Id);
        }
    }

    public async Task<Connector> UpdateAsync(Connector connector, CancellationToken cancellationToken)
    {
        try
        {
            var response = await table.UpdateEntityAsync(ToEntity(connector), new ETag(connector.Version!), TableUpdateMode.Replace, cancellationToken);
            return connector with { Version = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            throw new ConcurrencyConflictException($"Connector '{connector.Id}'", 1);
        }
    }

    public async Task<bool> DeleteAsync(CompanyId company, string id, CancellationToken cancellationToken)
    {
        var response = await table.DeleteEntityAsync(company.Value, id, ETag.All, cancellationToken);
        return response.Status != 404;
    }

    private static TableEntity ToEntity(Connector c) => new(c.Company.Value, c.Id)
    {
        ["Kind"] = c.Kind.ToString(),
        ["Enabled"] = c.Enabled,
        ["Connector"] = JsonSerializer.Serialize(c with { Version = null }, StoredJson.Options),
    };

    private static Connector ToConnector(TableEntity e) =>
        JsonSerializer.Deserialize<Connector>(e.GetString("Connector"), StoredJson.Options)! with { Company = CompanyId.Parse(e.PartitionKey), Version = e.ETag.ToString() };
}
