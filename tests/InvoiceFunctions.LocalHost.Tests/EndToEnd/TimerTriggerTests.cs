using System.Text.Json;
using Azure;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.LocalHost.Tests.EndToEnd;

public sealed class TimerTriggerTests : IAsyncLifetime
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
    public async Task Schedule_RunsEachTickOnce_AndRunOnStartupOnce()
    {
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, "timer");

        await Eventually.HoldsAsync(async () => (await storage.EffectsAsync("timer")).Count >= 3, TimeSpan.FromSeconds(30), "three ticks of */2 s");

        var ticks = (await storage.EffectsAsync("timer")).Select(t => DateTime.ParseExact(t.RowKey, "yyyyMMddHHmmss", null)).Order().ToList();
        Assert.All(ticks, t => Assert.Equal(0, t.Second % 2));
        Assert.All(ticks.Zip(ticks.Skip(1)), pair => Assert.Equal(TimeSpan.FromSeconds(2), pair.Second - pair.First));
        Assert.Single(await storage.EffectsAsync("startup"));
        Assert.Empty(await storage.DuplicatesAsync());
    }

    [Fact]
    public async Task MissedOccurrence_AfterRestart_RunsOnceWithIsPastDue()
    {
        var settings = new Dictionary<string, string> { ["TickSchedule"] = "*/20 * * * * *", ["LocalHost__HostId"] = "pastdue" };
        var status = storage.Blobs.GetBlobContainerClient("azure-webjobs-hosts").GetBlobClient("timers/pastdue/Tick/status");
        DateTimeOffset next;
        await using (var first = await HostProcess.StartAsync(azurite.ConnectionString, "first", settings))
        {
            await Eventually.HoldsAsync(async () => await status.ExistsAsync(), TimeSpan.FromSeconds(30), "the schedule monitor writes its status");
            next = JsonSerializer.Deserialize<JsonElement>((await status.DownloadContentAsync()).Value.Content.ToString()).GetProperty("Next").GetDateTimeOffset();
            first.Kill();
        }

        // Let the occurrence go by while no host runs.
        var wait = next - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(3);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        Assert.Empty(await storage.EffectsAsync("timer-pastdue"));
        await using var second = await HostProcess.StartAsync(azurite.ConnectionString, "second", settings);
        await Eventually.HoldsAsync(async () => (await storage.EffectsAsync("timer-pastdue")).Count > 0, TimeSpan.FromSeconds(40), "the missed occurrence runs after the restart");
        await Task.Delay(TimeSpan.FromSeconds(2));

        var pastDue = Assert.Single(await storage.EffectsAsync("timer-pastdue"));
        Assert.Equal("second", pastDue.GetString("Host"));
        Assert.True(pastDue.GetBoolean("IsPastDue"));
        Assert.Equal(next.UtcDateTime.ToString("yyyyMMddHHmmss"), pastDue.RowKey);
        Assert.Empty(await storage.DuplicatesAsync());
    }
}
