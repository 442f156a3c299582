using System.Text;
using System.Text.Json;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.LocalHost.Tests.EndToEnd;

public sealed class BlobTriggerTests : IAsyncLifetime
{
    private Azurite azurite = null!;
    private TestStorage storage = null!;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        storage = new TestStorage(azurite.ConnectionString);
    }

    public async Task DisposeAsync() => await azurite.DisposeAsync();

    [Fact]
    public async Task Scanner_NewBlobs_EachHandledOnceWithPathPlaceholders()
    {
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, "blob");
        var container = storage.Blobs.GetBlobContainerClient("uploads");
        await container.CreateIfNotExistsAsync();
        for (var i = 0; i < 8; i++)
        {
            await container.UploadBlobAsync($"acme/file-{i}.txt", BinaryData.FromString($"content {i}"));
        }

        await Eventually.HoldsAsync(async () => (await storage.EffectsAsync("blob")).Count == 8, TimeSpan.FromSeconds(30), "8 blobs handled");
        await Task.Delay(TimeSpan.FromSeconds(2));

        var effects = await storage.EffectsAsync("blob");
        Assert.Equal(8, effects.Count);
        Assert.Contains(effects, e => e.GetString("Key") == "acme/file-3.txt" && e.GetString("Content") == "content 3");
        Assert.Empty(await storage.DuplicatesAsync());
    }

    [Fact]
    public async Task DuplicateEvent_ForAHandledVersion_IsSkippedByTheReceipt()
    {
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, "blob");
        var container = storage.Blobs.GetBlobContainerClient("uploads");
        await container.CreateIfNotExistsAsync();
        var blob = (await container.UploadBlobAsync("acme/once.txt", BinaryData.FromString("once"))).Value;
        await Eventually.HoldsAsync(async () => (await storage.EffectsAsync("blob")).Count == 1, TimeSpan.FromSeconds(30), "the blob is handled");

        // Event Grid delivers at least once: the same event again must not run the function again.
        await storage.RawQueues.GetQueueClient("blob-events").SendMessageAsync(EventJson("uploads", "acme/once.txt", blob.ETag.ToString()));
        await Eventually.HoldsAsync(async () => host.Output.Contains("already handled", StringComparison.Ordinal), TimeSpan.FromSeconds(20), "the duplicate is recognised");

        Assert.Single(await storage.EffectsAsync("blob"));
        Assert.Empty(await storage.DuplicatesAsync());
    }

    [Fact]
    public async Task EventGridEvent_Base64OnTheQueue_WithScannerOff_RunsTheFunction()
    {
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, "blob", new Dictionary<string, string> { ["LocalHost__BlobScannerEnabled"] = "false" });
        var container = storage.Blobs.GetBlobContainerClient("uploads");
        await container.CreateIfNotExistsAsync();
        var blob = (await container.UploadBlobAsync("beta/from-grid.txt", BinaryData.FromString("grid"))).Value;
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Empty(await storage.EffectsAsync("blob"));

        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(EventJson("uploads", "beta/from-grid.txt", blob.ETag.ToString())));
        await storage.RawQueues.GetQueueClient("blob-events").SendMessageAsync(encoded);

        await Eventually.HoldsAsync(async () => (await storage.EffectsAsync("blob")).Count == 1, TimeSpan.FromSeconds(20), "the Event Grid event runs the function");
        Assert.Equal("grid", (await storage.EffectsAsync("blob")).Single().GetString("Content"));
    }

    private static string EventJson(string container, string name, string eTag) => JsonSerializer.Serialize(new
    {
        id = Guid.NewGuid().ToString(),
        topic = "/subscriptions/x/resourceGroups/x/providers/Microsoft.Storage/storageAccounts/devstoreaccount1",
        subject = $"/blobServices/default/containers/{container}/blobs/{name}",
        eventType = "Microsoft.Storage.BlobCreated",
        eventTime = DateTimeOffset.UtcNow,
        data = new { api = "PutBlob", eTag, contentType = "text/plain", contentLength = 4, blobType = "BlockBlob", url = $"http://127.0.0.1/devstoreaccount1/{container}/{name}" },
        dataVersion = "",
        metadataVersion = "1",
    });
}
