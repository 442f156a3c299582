using System.Net.Http.Json;
using System.Text.Json;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.LocalHost.Tests.EndToEnd;

/// <summary>Two local hosts on one storage account share the work the way two Functions instances do.</summary>
public sealed class TwoHostsTests : IAsyncLifetime
{
    private Azurite azurite = null!;
    private TestStorage storage = null!;
    private HostProcess hostA = null!;
    private HostProcess hostB = null!;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        storage = new TestStorage(azurite.ConnectionString);
        hostA = await HostProcess.StartAsync(azurite.ConnectionString, "A");
        hostB = await HostProcess.StartAsync(azurite.ConnectionString, "B");
    }

    public async Task DisposeAsync()
    {
        await hostA.DisposeAsync();
        await hostB.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task TwoHosts_QueueBlobTimerAndOrchestrations_EachHandledOnce()
    {
        var queue = storage.Queues.GetQueueClient("work-items");
        await queue.CreateIfNotExistsAsync();
        var container = storage.Blobs.GetBlobContainerClient("uploads");
        await container.CreateIfNotExistsAsync();
        await Parallel.ForEachAsync(Enumerable.Range(0, 500), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
            await queue.SendMessageAsync(JsonSerializer.Serialize(new { id = $"m{i:000}" }), ct));
        await Parallel.ForEachAsync(Enumerable.Range(0, 50), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
            await container.UploadBlobAsync($"two/blob-{i:00}.txt", BinaryData.FromString($"b{i}"), ct));
        await Parallel.ForEachAsync(Enumerable.Range(0, 100), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
            (await (i % 2 == 0 ? hostA : hostB).Http.PostAsync($"api/flows/quick/o{i:000}", null, ct)).EnsureSuccessStatusCode());

        await Eventually.HoldsAsync(async () => (await storage.EffectsAsync("queue")).Count == 500, TimeSpan.FromMinutes(3), "500 queue messages handled");
        await Eventually.HoldsAsync(async () => (await storage.EffectsAsync("blob")).Count == 50, TimeSpan.FromMinutes(2), "50 blobs handled");
        await Eventually.HoldsAsync(async () => await CompletedAsync() == 100, TimeSpan.FromMinutes(5), "100 orchestrations completed");

        var queueEffects = await storage.EffectsAsync("queue");
        var activityEffects = await storage.EffectsAsync("activity");
        var ticks = await storage.EffectsAsync("timer");
        Assert.Equal(500, queueEffects.Select(e => e.RowKey).Distinct().Count());
        Assert.Equal(300, activityEffects.Count);
        var duplicates = await storage.DuplicatesAsync();
        Assert.True(duplicates.Count == 0, "duplicated effects: " + string.Join(", ", duplicates.Select(d => $"{d.PartitionKey}/{d.RowKey}@{d.GetString("Host")}")));
        Assert.Equal(["A", "B"], queueEffects.Select(e => e.GetString("Host")).Distinct().Order());
        Assert.Equal(["A", "B"], activityEffects.Select(e => e.GetString("Host")).Distinct().Order());
        Assert.True(ticks.Count >= 3, $"the timer ticked {ticks.Count} times");
    }

    private async Task<int> CompletedAsync()
    {
        var done = 0;
        foreach (var i in Enumerable.Range(0, 100))
        {
            var status = await hostA.Http.GetFromJsonAsync<JsonElement>($"api/flows/o{i:000}");
            done += status.GetProperty("status").GetString() == "Completed" ? 1 : 0;
        }

        return done;
    }
}
