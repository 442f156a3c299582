using Azure.Data.Tables;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>One page of a table query, with the service's continuation token passed through opaque.</summary>
public static class TablePages
{
    public static async Task<ResultPage<T>> ReadAsync<T>(TableClient table, string filter, int pageSize, string? continuation, Func<TableEntity, T> map, CancellationToken cancellationToken)
    {
        await foreach (var page in table.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: cancellationToken).AsPages(continuation, pageSize))
        {
            return new ResultPage<T>(page.Values.Select(map).ToList(), page.ContinuationToken);
        }

        return new ResultPage<T>([], null);
    }
}
