using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Security;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>API keys in table ApiKeys: partition = key id (one point read per request), row "key".</summary>
public sealed class TableApiKeyStore(StorageClients clients) : IApiKeyStore
{
    private const string Row = "key";
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.ApiKeys);

    public Task AddAsync(ApiKey key, CancellationToken cancellationToken) =>
        table.AddEntityAsync(
            new TableEntity(key.KeyId, Row)
            {
                ["Principal"] = key.PrincipalId,
                ["Name"] = key.Name,
                ["SecretHash"] = key.SecretHash,
                ["CreatedAt"] = key.CreatedAt,
                ["RevokedAt"] = key.RevokedAt,
            },
            cancellationToken);

    public async Task<ApiKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(keyId, Row, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } e
            ? new ApiKey(keyId, e.GetString("Principal"), e.GetString("Name"), e.GetBinary("SecretHash"), e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue, e.GetDateTimeOffset("RevokedAt"))
            : null;
    }
}
