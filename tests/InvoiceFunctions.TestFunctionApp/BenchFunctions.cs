using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace InvoiceFunctions.TestFunctionApp;

/// <summary>A small request and its answer: the unit of work of the HTTP and queue benchmarks.</summary>
public sealed record BenchItem(int Id, string Name, decimal Amount);

/// <summary>What the benchmark functions answer for a <see cref="BenchItem"/>.</summary>
public sealed record BenchResult(int Id, string Name, decimal Amount, decimal Vat, bool Ok);

/// <summary>
/// Functions measured by tests/InvoiceFunctions.Benchmarks (routes under bench/, queue bench-items): the same
/// small work as the benchmark's bare baselines, so the difference is what the local host adds.
/// </summary>
public static class BenchFunctions
{
    private static long handled;
    private static long firstTicks;
    private static long lastTicks;

    /// <summary>Reads a small JSON body, answers a small JSON object.</summary>
    [Function("BenchEcho")]
    public static async Task<IResult> Echo([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "bench/echo")] HttpRequest request)
    {
        var item = await request.ReadFromJsonAsync<BenchItem>(request.HttpContext.RequestAborted);
        return Results.Ok(new BenchResult(item!.Id, item.Name, item.Amount, decimal.Round(item.Amount * 0.2m, 2), true));
    }

    /// <summary>Counts the message in memory (cheap, no storage call): the queue benchmark times the trigger path itself.</summary>
    [Function("BenchQueueItem")]
    public static void QueueItem([QueueTrigger("bench-items")] BenchItem item)
    {
        var now = DateTime.UtcNow.Ticks;
        Interlocked.CompareExchange(ref firstTicks, now, 0);
        Interlocked.Exchange(ref lastTicks, now);
        Interlocked.Increment(ref handled);
    }

    /// <summary>How many bench-items messages this process handled, and when the first and the last were (UTC ticks).</summary>
    [Function("BenchQueueCount")]
    public static IResult QueueCount([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "bench/items/count")] HttpRequest request) =>
        Results.Ok(new { handled = Interlocked.Read(ref handled), first = Interlocked.Read(ref firstTicks), last = Interlocked.Read(ref lastTicks) });

    [Function("BenchQueueReset")]
    public static IResult QueueReset([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "bench/items/reset")] HttpRequest request)
    {
        Interlocked.Exchange(ref handled, 0);
        Interlocked.Exchange(ref firstTicks, 0);
        Interlocked.Exchange(ref lastTicks, 0);
        return Results.NoContent();
    }

    /// <summary>Schedules {count} BenchFlow orchestrations "{prefix}-{i}" at once.</summary>
    [Function("BenchStart")]
    public static async Task<IResult> Start(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "bench/durable/{prefix}/{count:int}")] HttpRequest request, string prefix, int count, [DurableClient] DurableTaskClient client)
    {
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var id = $"{prefix}-{i:0000}";
            await client.ScheduleNewOrchestrationInstanceAsync("BenchFlow", id, new StartOrchestrationOptions(id), ct);
        });
        return Results.Accepted(value: new { prefix, count });
    }

    /// <summary>Three activities in a row; the output lists the host that ran each one.</summary>
    [Function("BenchFlow")]
    public static async Task<string> Flow([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var id = context.GetInput<string>()!;
        var hosts = new List<string>(3);
        for (var step = 1; step <= 3; step++)
        {
            hosts.Add(await context.CallActivityAsync<string>("BenchStep", $"{id}:{step}"));
        }

        return JsonSerializer.Serialize(hosts);
    }
}

/// <summary>The benchmark orchestration's activity: no storage call of its own, answers which host ran it.</summary>
public sealed class BenchActivities(HostTag host)
{
    [Function("BenchStep")]
    public string Step([ActivityTrigger] string key) => host.Value;
}
