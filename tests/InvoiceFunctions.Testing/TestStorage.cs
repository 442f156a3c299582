using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace InvoiceFunctions.Testing;

/// <summary>Reads what the test app's functions recorded (tables Effects, Duplicates, Attempts) and feeds its triggers.</summary>
public sealed class TestStorage(string connectionString)
{
    public BlobServiceClient Blobs { get; } = new(connectionString);

    /// <summary>Base64 messages, as the Functions Storage Queues extension reads them.</summary>
    public QueueServiceClient Queues { get; } = new(connectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    public QueueServiceClient RawQueues { get; } = new(connectionString);

    public TableServiceClient Tables { get; } = new(connectionString);

    public Task<List<TableEntity>> EffectsAsync(string kind) => RowsAsync("Effects", kind);

    public Task<List<TableEntity>> DuplicatesAsync(string? kind = null) => RowsAsync("Duplicates", kind);

    public Task<List<TableEntity>> AttemptsAsync(string kind) => RowsAsync("Attempts", kind);

    public async Task<List<TableEntity>> RowsAsync(string table, string? partition)
    {
        var client = Tables.GetTableClient(table);
        await client.CreateIfNotExistsAsync();
        var rows = new List<TableEntity>();
        var query = partition is null ? client.QueryAsync<TableEntity>() : client.QueryAsync<TableEntity>(e => e.PartitionKey == partition);
        await foreach (var row in query)
        {
            rows.Add(row);
        }

        return rows;
    }
}
