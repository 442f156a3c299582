using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace InvoiceFunctions.Adapters.Storage;

/// <summary>
/// The app's storage account clients, created once, from "AzureWebJobsStorage": a connection string
/// (Azurite, development) or an identity-based connection as in Azure ("AzureWebJobsStorage__accountName",
/// optional "__clientId" for a user-assigned managed identity): no shared keys in Azure.
/// </summary>
public sealed class StorageClients
{
    public const string Connection = "AzureWebJobsStorage";

    public StorageClients(IConfiguration configuration)
    {
        var connectionString = configuration[Connection];
        if (!string.IsNullOrEmpty(connectionString))
        {
            Tables = new TableServiceClient(connectionString);
            Blobs = new BlobServiceClient(connectionString);
            Queues = new QueueServiceClient(connectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
            return;
        }

        var section = configuration.GetSection(Connection);
        var account = section["accountName"]
            ?? throw new InvalidOperationException($"Set {Connection} to a connection string, or {Connection}__accountName for a managed identity.");
        TokenCredential credential = section["clientId"] is { Length: > 0 } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential();
        Tables = new TableServiceClient(new Uri(section["tableServiceUri"] ?? $"https://{account}.table.core.windows.net"), credential);
        Blobs = new BlobServiceClient(new Uri(section["blobServiceUri"] ?? $"https://{account}.blob.core.windows.net"), credential);
        Queues = new QueueServiceClient(new Uri(section["queueServiceUri"] ?? $"https://{account}.queue.core.windows.net"), credential, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
    }

    public TableServiceClient Tables { get; }

    public BlobServiceClient Blobs { get; }

    /// <summary>Base64 messages, as the Functions Storage Queues extension expects.</summary>
    public QueueServiceClient Queues { get; }
}
