using System.Text.Json;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.Benchmarks;

/// <summary>POST bench/echo through the local host vs the same work on a bare Kestrel endpoint, closed loop.</summary>
public static class HttpBenchmark
{
    private const string Route = "api/bench/echo";

    /// <summary>The request body: a small JSON object.</summary>
    public static byte[] Body { get; } = JsonSerializer.SerializeToUtf8Bytes(new BenchItem(42, "INV-2026-000042", 1234.56m), Bench.Json);

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        var body = Body;
        var bare = new Dictionary<int, LoadResult>();
        string bareAnswer;
        await using (var server = await BareServer.StartAsync())
        {
            bareAnswer = await AnswerAsync(server.BaseAddress, body);
            await JitWarmUpAsync(server.BaseAddress, options);
            foreach (var workers in options.HttpWorkers)
            {
                Bench.Progress($"HTTP bare Kestrel, {workers} workers, {options.WarmUp.TotalSeconds:0} s warm-up + {options.Duration.TotalSeconds:0} s");
                bare[workers] = await LoadGenerator.RunAsync(new Uri(server.BaseAddress, Route), body, workers, options.WarmUp, options.Duration, ProcessCpu.FindChild(BareServer.Argument));
            }
        }

        await using var azurite = await Azurite.StartAsync();
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, "bench", Bench.HostSettings);
        var hostAnswer = await AnswerAsync(host.Http.BaseAddress!, body);
        if (hostAnswer != bareAnswer)
        {
            throw new InvalidOperationException($"Not the same work: the local host answers {hostAnswer}, the bare endpoint {bareAnswer}.");
        }

        await JitWarmUpAsync(host.Http.BaseAddress!, options);
        foreach (var workers in options.HttpWorkers)
        {
            Bench.Progress($"HTTP local host, {workers} workers, {options.WarmUp.TotalSeconds:0} s warm-up + {options.Duration.TotalSeconds:0} s");
            var local = await LoadGenerator.RunAsync(new Uri(host.Http.BaseAddress!, Route), body, workers, options.WarmUp, options.Duration, ProcessCpu.FindChild("InvoiceFunctions.LocalHost.dll"));
            Row(report, $"HTTP bare Kestrel, {workers} workers", bare[workers]);
            Row(report, $"HTTP local host, {workers} workers", local);
            report.Goal($"HTTP calls/s, {workers} workers: local host / bare", local.PerSecond, bare[workers].PerSecond, 0.8, "req/s");
        }
    }

    /// <summary>
    /// Unmeasured load before the first run on a server, the same for both: until tiered JIT has compiled the hot
    /// path fully, the first seconds run slower code (more of it in the local host), and the 2 cores are shared.
    /// </summary>
    private static async Task JitWarmUpAsync(Uri baseAddress, BenchOptions options)
    {
        Bench.Progress($"HTTP JIT warm-up on {baseAddress}, {options.JitWarmUp.TotalSeconds:0} s");
        await LoadGenerator.RunAsync(new Uri(baseAddress, Route), Body, options.HttpWorkers.Max(), options.JitWarmUp, TimeSpan.Zero);
    }

    private static void Row(Report report, string name, LoadResult result) =>
        report.Add(name, $"{result.PerSecond:0} req/s", $"{result.P50Ms:0.00}", $"{result.P95Ms:0.00}", $"{result.P99Ms:0.00}", result.Errors.ToString(), $"{result.Requests} requests in {result.Elapsed.TotalSeconds:0} s, server CPU {result.ServerCpuMicroseconds:0} µs/request" + (result.FirstError is { } e ? $"; first error: {e}" : ""));

    private static async Task<string> AnswerAsync(Uri baseAddress, byte[] body)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        var response = await http.PostAsync(Route, content);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
