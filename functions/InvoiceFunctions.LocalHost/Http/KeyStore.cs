using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using InvoiceFunctions.LocalHost.Hosting;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.LocalHost.Http;

/// <summary>
/// Function keys kept where the Functions host keeps them (container azure-webjobs-secrets, blob
/// "{hostId}/host.json" and "{hostId}/{function}.json"), so every host on the account honours the same keys.
/// Keys are created on first start; checks compare in constant time.
/// </summary>
public sealed class KeyStore(StorageAccounts storage, IOptions<LocalHostOptions> options, TimeProvider time)
{
    private const string Container = "azure-webjobs-secrets";
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim gate = new(1, 1);
    private HostKeys? cached;
    private DateTimeOffset cachedAt;

    public async Task<HostKeys> GetAsync(CancellationToken cancellationToken)
    {
        if (cached is { } keys && time.GetUtcNow() - cachedAt < CacheFor)
        {
            return keys;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            cached = await LoadAsync(cancellationToken);
            cachedAt = time.GetUtcNow();
            return cached;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The key a request presents, as the Functions host reads it: header x-functions-key, else query parameter code.</summary>
    public static string? Presented(Microsoft.AspNetCore.Http.HttpContext http) =>
        http.Request.Headers["x-functions-key"].FirstOrDefault() ?? http.Request.Query["code"].FirstOrDefault();

    public static bool Matches(string? presented, string expected) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(presented), System.Text.Encoding.UTF8.GetBytes(expected));

    private async Task<HostKeys> LoadAsync(CancellationToken cancellationToken)
    {
        var container = storage.Blobs().GetBlobContainerClient(Container);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var hostId = options.Value.HostId;
        var hostBlob = container.GetBlobClient($"{hostId}/host.json");
        var host = await ReadAsync(hostBlob, cancellationToken) ?? await CreateHostKeysAsync(hostBlob, cancellationToken);
        var functionKeys = KeyList(host["functionKeys"]);
        var perFunction = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, $"{hostId}/", cancellationToken))
        {
            var file = item.Name[(hostId.Length + 1)..];
            if (file != "host.json" && file.EndsWith(".json", StringComparison.Ordinal)
                && await ReadAsync(container.GetBlobClient(item.Name), cancellationToken) is { } function)
            {
                perFunction[file[..^5]] = KeyList(function["keys"]);
            }
        }

        var master = options.Value.MasterKey is { Length: > 0 } configured ? configured : host["masterKey"]?["value"]?.GetValue<string>();
        return new HostKeys(master ?? throw new InvalidOperationException("The stored host keys have no master key."), functionKeys, perFunction);
    }

    private static async Task<JsonNode?> ReadAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var content = await blob.DownloadContentAsync(cancellationToken);
            return JsonNode.Parse(content.Value.Content.ToString());
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    private static async Task<JsonNode> CreateHostKeysAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        var document = new JsonObject
        {
            ["masterKey"] = new JsonObject { ["name"] = "master", ["value"] = NewKey(), ["encrypted"] = false },
            ["functionKeys"] = new JsonArray(new JsonObject { ["name"] = "default", ["value"] = NewKey(), ["encrypted"] = false }),
            ["systemKeys"] = new JsonArray(),
            ["source"] = "runtime",
        };
        try
        {
            await blob.UploadAsync(BinaryData.FromString(document.ToJsonString()), new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken);
            return document;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Another host created them first: theirs are the keys.
            return await ReadAsync(blob, cancellationToken) ?? throw new InvalidOperationException("Host keys vanished while being created.", ex);
        }
    }

    private static Dictionary<string, string> KeyList(JsonNode? node) =>
        (node as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(k => k["name"] is not null && k["value"] is not null)
            .ToDictionary(k => k["name"]!.GetValue<string>(), k => k["value"]!.GetValue<string>());

    private static string NewKey() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(40)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
