using Azure;
using Azure.Data.Tables;

namespace InvoiceFunctions.TestFunctionApp;

/// <summary>
/// Records each effect once under its key in table Effects; a second recording of a key lands in table
/// Duplicates, which tests expect to stay empty. Attempts counts every execution, effect or not.
/// </summary>
public sealed class EffectLog(TableServiceClient tables, HostTag host)
{
    public async Task RecordAsync(string kind, string key, IDictionary<string, object>? extra = null, CancellationToken cancellationToken = default)
    {
        var effects = tables.GetTableClient("Effects");
        await effects.CreateIfNotExistsAsync(cancellationToken);
        var entity = new TableEntity(kind, Sanitize(key)) { ["Host"] = host.Value, ["Key"] = key };
        foreach (var (name, value) in extra ?? new Dictionary<string, object>())
        {
            entity[name] = value;
        }

        try
        {
            await effects.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var duplicates = tables.GetTableClient("Duplicates");
            await duplicates.CreateIfNotExistsAsync(cancellationToken);
            await duplicates.AddEntityAsync(new TableEntity(kind, Sanitize(key) + "-" + Guid.NewGuid().ToString("N")) { ["Host"] = host.Value }, cancellationToken);
        }
    }

    public async Task<bool> ExistsAsync(string kind, string key, CancellationToken cancellationToken = default)
    {
        var effects = tables.GetTableClient("Effects");
        await effects.CreateIfNotExistsAsync(cancellationToken);
        var found = await effects.GetEntityIfExistsAsync<TableEntity>(kind, Sanitize(key), cancellationToken: cancellationToken);
        return found.HasValue;
    }

    public async Task CountAttemptAsync(string kind, string key, CancellationToken cancellationToken = default)
    {
        var attempts = tables.GetTableClient("Attempts");
        await attempts.CreateIfNotExistsAsync(cancellationToken);
        await attempts.AddEntityAsync(new TableEntity(kind, Sanitize(key) + "-" + Guid.NewGuid().ToString("N")) { ["Host"] = host.Value }, cancellationToken);
    }

    private static string Sanitize(string key) =>
        string.Concat(key.Select(c => c is '/' or '\\' or '#' or '?' ? '_' : c));
}
