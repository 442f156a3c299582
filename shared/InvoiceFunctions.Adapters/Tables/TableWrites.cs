using Azure;
using Azure.Data.Tables;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>Insert-only writes: an existing row is never overwritten.</summary>
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
}
