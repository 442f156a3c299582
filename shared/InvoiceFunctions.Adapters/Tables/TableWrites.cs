using Azure;
using Azure.Data.Tables;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>Insert-only writes (an existing row is never overwritten) and replaces conditional on the version read.</summary>
public static class TableWrites
{
    /// <returns>False when a row with the same keys exists (nothing written).</returns>
    public static async Task<bool> TryAddAsync(TableClient table, TableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Replaces the row if it is still at <paramref name="version"/>; answers the new version.</summary>
    /// <exception cref="ConcurrencyConflictException">Someone changed it since (nothing written).</exception>
    public static async Task<string?> ReplaceAsync(TableClient table, TableEntity entity, string version, string what, CancellationToken cancellationToken)
    {
        try
        {
            var response = await table.UpdateEntityAsync(entity, new ETag(version), TableUpdateMode.Replace, cancellationToken);
            return response.Headers.ETag?.ToString();
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            throw new ConcurrencyConflictException(what, 1);
        }
    }
}
