using System.Net.Http.Json;
using System.Text.Json;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.LocalHost.Tests.EndToEnd;

public sealed class DurableTests : IAsyncLifetime
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
    public async Task Orchestration_ActivityTimerAndExternalEvent_Completes()
    {
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, "durable");
        var health = await host.Http.GetFromJsonAsync<JsonElement>("health");

        // Healthy means the Durable channel answers too: the first start right after it is not refused.
        Assert.Equal("reachable", health.GetProperty("durable").GetString());
        (await host.Http.PostAsync("api/flows/flow/f1", null)).EnsureSuccessStatusCode();
        await Eventually.HoldsAsync(async () => await StatusAsync(host, "f1") == "Running" && (await storage.EffectsAsync("activity")).Count == 1, TimeSpan.FromSeconds(60), "step 1 done, waiting");
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal("Running", await StatusAsync(host, "f1"));
        (await host.Http.PostAsync("api/flows/f1/approve", null)).EnsureSuccessStatusCode();

        await Eventually.HoldsAsync(async () => await StatusAsync(host, "f1") == "Completed", TimeSpan.FromSeconds(60), "the flow completes");
        var output = (await host.Http.GetFromJsonAsync<JsonElement>("api/flows/f1")).GetProperty("output").GetString();
        Assert.Equal("\"done:yes\"", output);
        Assert.Equal(["f1:1", "f1:2"], (await storage.EffectsAsync("activity")).Select(e => e.GetString("Key")).Order());
    }

    [Fact]
    public async Task Orchestration_HostKilledMidway_FinishesOnRestartWithoutRepeatingEffects()
    {
        var first = await HostProcess.StartAsync(azurite.ConnectionString, "first");
        (await first.Http.PostAsync("api/flows/flow/k1", null)).EnsureSuccessStatusCode();
        await Eventually.HoldsAsync(async () => (await storage.EffectsAsync("activity")).Count == 1, TimeSpan.FromSeconds(60), "step 1 done");
        first.Kill();
        await first.DisposeAsync();

        await using var second = await HostProcess.StartAsync(azurite.ConnectionString, "second");
        (await second.Http.PostAsync("api/flows/k1/approve", null)).EnsureSuccessStatusCode();

        try
        {
            await Eventually.HoldsAsync(async () => await StatusAsync(second, "k1") == "Completed", TimeSpan.FromSeconds(120), "the flow completes on the restarted host");
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException(ex.Message + Environment.NewLine + second.Output, ex);
        }
        var effects = await storage.EffectsAsync("activity");
        Assert.Equal(["k1:1", "k1:2"], effects.Select(e => e.GetString("Key")).Order());
        Assert.Equal("first", effects.Single(e => e.GetString("Key") == "k1:1").GetString("Host"));
        Assert.Equal("second", effects.Single(e => e.GetString("Key") == "k1:2").GetString("Host"));
        Assert.Empty(await storage.DuplicatesAsync());
    }

    private static async Task<string?> StatusAsync(HostProcess host, string id)
    {
        var response = await host.Http.GetAsync($"api/flows/{id}");
        return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() : null;
    }
}
