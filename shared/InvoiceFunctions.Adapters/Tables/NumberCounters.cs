using Azure;
using Azure.Data.Tables;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>
/// Number counters "num|{series}|{year}" in a company's partition: the next number and the write that takes it,
/// conditional on the counter read, to go in the same transaction as the row that uses the number.
/// </summary>
public static class NumberCounters
{
    public static async Task<(long Next, TableTransactionAction Take)> NextAsync(TableClient table, string partition, string series, int year, string? usedBy, CancellationToken cancellationToken)
    {
        var row = LedgerRows.Counter(series, year);
        var counter = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        var next = (counter.HasValue ? counter.Value!.GetInt64("Last") ?? 0 : 0) + 1;
        var entity = new TableEntity(partition, row) { ["Last"] = next };
        if (usedBy is not null)
        {
            entity["LastInvoiceId"] = usedBy;
        }

        return counter.HasValue
            ? (next, new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, counter.Value!.ETag))
            : (next, new TableTransactionAction(TableTransactionActionType.Add, entity));
    }

    /// <summary>The next number after a counter value this instance wrote itself, conditional on that write's version.</summary>
    public static (long Next, TableTransactionAction Take) After(string partition, string series, int year, long last, ETag version, string? usedBy)
    {
        var entity = new TableEntity(partition, LedgerRows.Counter(series, year)) { ["Last"] = last + 1 };
        if (usedBy is not null)
        {
            entity["LastInvoiceId"] = usedBy;
        }

        return (last + 1, new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, version));
    }
}
