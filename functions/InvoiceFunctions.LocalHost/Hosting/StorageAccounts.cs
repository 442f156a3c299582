using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace InvoiceFunctions.LocalHost.Hosting;

/// <summary>
/// Resolves a binding's "connection" setting the way the Functions host does: either a connection string
/// ("AzureWebJobsStorage") or an identity-based connection ("AzureWebJobsStorage__accountName" or
/// "__blobServiceUri"/"__queueServiceUri"/"__tableServiceUri", with DefaultAzureCredential).
/// </summary>
public sealed class StorageAccounts(IConfiguration configuration)
{
    public const string DefaultConnection = "AzureWebJobsStorage";

    private readonly Lazy<TokenCredential> credential = new(() => new DefaultAzureCredential());

    public string? GetConnectionString(string? connection = null)
    {
        var name = string.IsNullOrEmpty(connection) ? DefaultConnection : connection;
        return configuration[name] is { Length: > 0 } value ? value : configuration["ConnectionStrings:" + name];
    }

    public BlobServiceClient Blobs(string? connection = null) =>
        GetConnectionString(connection) is { } cs ? new BlobServiceClient(cs) : new BlobServiceClient(ServiceUri(connection, "blob"), credential.Value);

    public QueueServiceClient Queues(string? connection = null, bool base64 = true)
    {
        var options = new QueueClientOptions { MessageEncoding = base64 ? QueueMessageEncoding.Base64 : QueueMessageEncoding.None };
        return GetConnectionString(connection) is { } cs
            ? new QueueServiceClient(cs, options)
            : new QueueServiceClient(ServiceUri(connection, "queue"), credential.Value, options);
    }

    public TableServiceClient Tables(string? connection = null) =>
        GetConnectionString(connection) is { } cs ? new TableServiceClient(cs) : new TableServiceClient(ServiceUri(connection, "table"), credential.Value);

    private Uri ServiceUri(string? connection, string service)
    {
        var name = string.IsNullOrEmpty(connection) ? DefaultConnection : connection;
        var section = configuration.GetSection(name);
        if (section[$"{service}ServiceUri"] is { Length: > 0 } uri)
        {
            return new Uri(uri);
        }

        if (section["accountName"] is { Length: > 0 } account)
        {
            return new Uri($"https://{account}.{service}.core.windows.net");
        }

        throw new InvalidOperationException(
            $"Storage connection '{name}' is not configured: set '{name}' to a connection string or '{name}__accountName'.");
    }
}
