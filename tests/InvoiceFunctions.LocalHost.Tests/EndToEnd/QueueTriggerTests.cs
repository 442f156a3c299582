using System.Text.Json;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.LocalHost.Tests.EndToEnd;

public sealed class QueueTriggerTests : IAsyncLifetime
{
    private Azurite azurite = null!;
    private HostProcess host = null!;
    private TestStorage storage = null!;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        storage = new TestStorage(azurite.ConnectionString);
        host = await HostProcess.StartAsync(azurite.ConnectionString, "queue");
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task Messages_EachHandledOnceAndDeleted()
    {
        var queue = storage.Queues.GetQueueClient("work-items");
        await queue.CreateIfNotExistsAsync();
        for (var i = 0; i < 40; i++)
        {
            await queue.SendMessageAsync(JsonSerializer.Serialize(new { id = $"m{i}" }));
        }

        await Eventually.HoldsAsync(async () => (await storage.EffectsAsync("queue")).Count == 40, TimeSpan.FromSeconds(60), "40 messages handled");
        await Eventually.HoldsAsync(async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0, TimeSpan.FromSeconds(10), "the queue is empty");
        Assert.Empty(await storage.DuplicatesAsync());
        Assert.Equal(40, (await storage.AttemptsAsync("queue")).Count);
    }

    [Fact]
    public async Task FailingMessage_AfterMaxDequeueCount_MovesToPoisonWithError()
    {
        var queue = storage.Queues.GetQueueClient("work-items");
        await queue.CreateIfNotExistsAsync();
        var body = JsonSerializer.Serialize(new { id = "bad", fail = true });
        await queue.SendMessageAsync(body);

        var poison = storage.Queues.GetQueueClient("work-items-poison");
        await Eventually.HoldsAsync(async () => await poison.ExistsAsync() && (await poison.PeekMessagesAsync()).Value.Length == 1, TimeSpan.FromSeconds(60), "the message reaches work-items-poison");

        var moved = (await poison.PeekMessagesAsync()).Value.Single();
        Assert.Equal(body, moved.Body.ToString());
        // host.json of the test app sets maxDequeueCount 3.
        Assert.Equal(3, (await storage.AttemptsAsync("queue")).Count);
        Assert.Empty(await storage.EffectsAsync("queue"));
        var record = Assert.Single(await storage.RowsAsync("LocalHostPoison", "work-items"));
        Assert.Contains("asked to fail", record.GetString("Error"), StringComparison.Ordinal);
        Assert.Equal(3, record.GetInt64("DequeueCount"));
    }
}
