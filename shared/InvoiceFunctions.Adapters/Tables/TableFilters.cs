using Azure.Data.Tables;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>OData filters built with the SDK's escaping.</summary>
public static class TableFilters
{
    /// <summary>The rows of one partition whose row key starts with <paramref name="prefix"/> (a range scan, not a full scan).</summary>
    public static string Prefix(string partition, string prefix) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {prefix[..^1] + (char)(prefix[^1] + 1)}");

    /// <summary>The rows of one partition, and when <paramref name="value"/> is given those whose <paramref name="column"/> equals it.</summary>
    public static string PartitionWhere(string partition, string column, string? value) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partition}") + (value is null ? "" : $" and {column} eq " + TableClient.CreateQueryFilter($"{value}"));
}
