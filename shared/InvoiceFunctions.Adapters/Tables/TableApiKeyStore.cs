using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Security;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>API keys in table ApiKeys: partition = key id (one point read per request), row "key", naming its principal.</summary>
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
        // A key issued before principals (no "Principal" column) names nobody: it no longer authenticates.
        return found.HasValue && found.Value is { } e && e.GetString("Principal") is { Length: > 0 }
            ? new ApiKey(keyId, e.GetString("Principal"), e.GetString("Name"), e.GetBinary("SecretHash"), e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue, e.GetDateTimeOffset("RevokedAt"))
            : null;
    }
}
