using System.Buffers.Text;
using System.Text;
using Azure.Data.Tables;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>
/// One page of a table query. The service's continuation token goes out base64url-encoded (opaque to callers) and a
/// token that does not decode is refused as a malformed "query.continuation"; the query's own partition filter still
/// bounds what any token can reach.
/// </summary>
public static class TablePages
{
    public static async Task<ResultPage<T>> ReadAsync<T>(TableClient table, string filter, int pageSize, string? continuation, Func<TableEntity, T> map, CancellationToken cancellationToken)
    {
        await foreach (var page in table.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: cancellationToken).AsPages(Decode(continuation), pageSize))
        {
            return new ResultPage<T>(page.Values.Select(map).ToList(), page.ContinuationToken is { } next ? Base64Url.EncodeToString(Encoding.UTF8.GetBytes(next)) : null);
        }

        return new ResultPage<T>([], null);
    }

    private static string? Decode(string? continuation)
    {
        if (continuation is null)
        {
            return null;
        }

        try
        {
            var token = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(continuation));
            return token.Contains(' ', StringComparison.Ordinal) ? token : throw new FormatException();
        }
        catch (FormatException)
        {
            throw new LedgerValidationException([new FieldError("query.continuation", "Not a continuation token from a previous page.")]);
        }
    }
}
