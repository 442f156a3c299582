using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Queues;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.Benchmarks;

/// <summary>
/// Queue bench-items on one Azurite: a raw Azure.Storage.Queues receive(32)/delete loop vs the local host's
/// BenchQueueItem function. Both do the same work per message (JSON to BenchItem, an in-memory count, delete).
/// The N messages are pre-filled invisible and all become visible at about the same moment (visibility is
/// whole seconds, so within one second), while the consumer is already polling; the rate is N over the time
/// from the first handled message to the last.
/// </summary>
public static class QueueBenchmark
{
    private const string QueueName = "bench-items";
    private const int WarmUpMessages = 200;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        await using var azurite = await Azurite.StartAsync();
        var queue = new TestStorage(azurite.ConnectionString).Queues.GetQueueClient(QueueName);
        await queue.CreateIfNotExistsAsync();

        Bench.Progress($"Queue raw receive(32)/delete loop, {options.Messages} messages");
        var counter = new Counter();
        using (var stop = new CancellationTokenSource(Limit))
        {
            var loop = RawLoopAsync(queue, counter, stop.Token);
            var perMessage = await FillAsync(queue, WarmUpMessages, visibleAt: null);
            await WaitAsync(() => Task.FromResult(counter.Snapshot()), WarmUpMessages);
            counter.Reset();
            await FillAsync(queue, options.Messages, visibleAt: VisibleAt(options.Messages, perMessage));
            var raw = await WaitAsync(() => Task.FromResult(counter.Snapshot()), options.Messages);
            await stop.CancelAsync();
            await loop;
            Row(report, "Queue raw receive(32)/delete loop", raw);
            Bench.Progress("Queue local host, the test app's host.json (batchSize 16, newBatchThreshold 8)");
            var local = await LocalHostAsync(azurite, queue, options.Messages, Repository.TestAppFolder);
            Row(report, "Queue local host, batchSize 16 (test app host.json)", local);
            report.Goal("Queue messages/s: local host (batch 16) / raw loop", local.PerSecond, raw.PerSecond, 0.6, "msg/s");

            Bench.Progress("Queue local host, a copy of the test app with host.json batchSize 32, newBatchThreshold 16");
            var copy = CopyWithBatchSize(32);
            try
            {
                var local32 = await LocalHostAsync(azurite, queue, options.Messages, copy);
                Row(report, "Queue local host, batchSize 32 (as the raw loop)", local32);
                report.Goal("Queue messages/s: local host (batch 32) / raw loop", local32.PerSecond, raw.PerSecond, 0.6, "msg/s");
            }
            finally
            {
                Directory.Delete(copy, recursive: true);
            }
        }
    }

    private static async Task<Handled> LocalHostAsync(Azurite azurite, QueueClient queue, int messages, string appFolder)
    {
        await using var host = await HostProcess.StartAsync(azurite.ConnectionString, "bench", Bench.HostSettings, appFolder);
        async Task<Handled> CountAsync()
        {
            var answer = (await host.Http.GetFromJsonAsync<CountAnswer>("api/bench/items/count", Bench.Json))!;
            return new Handled(answer.Handled, answer.First, answer.Last);
        }

        var perMessage = await FillAsync(queue, WarmUpMessages, visibleAt: null);
        await WaitAsync(CountAsync, WarmUpMessages);
        (await host.Http.PostAsync("api/bench/items/reset", null)).EnsureSuccessStatusCode();
        await FillAsync(queue, messages, visibleAt: VisibleAt(messages, perMessage));
        try
        {
            return await WaitAsync(CountAsync, messages);
        }
        catch (TimeoutException ex)
        {
            var left = (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
            var poison = new TestStorage(azurite.ConnectionString).Queues.GetQueueClient(QueueName + "-poison");
            var poisoned = await poison.ExistsAsync() ? (await poison.GetPropertiesAsync()).Value.ApproximateMessagesCount : 0;
            var output = host.Output.Split(Environment.NewLine).TakeLast(40);
            throw new TimeoutException($"{ex.Message} Queue still holds {left} (visible or not), poison queue {poisoned}. Host output, last lines:{Environment.NewLine}{string.Join(Environment.NewLine, output)}", ex);
        }
    }

    /// <summary>The test app's build output copied to a temporary folder, host.json's queue batch size changed.</summary>
    private static string CopyWithBatchSize(int batchSize)
    {
        var copy = Path.Combine(Path.GetTempPath(), "invoicefunctions-bench-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(Repository.TestAppFolder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Repository.TestAppFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var hostJson = Path.Combine(copy, "host.json");
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(hostJson))!;
        root["extensions"]!["queues"]!["batchSize"] = batchSize;
        root["extensions"]!["queues"]!["newBatchThreshold"] = batchSize / 2;
        File.WriteAllText(hostJson, root.ToJsonString());
        return copy;
    }

    /// <summary>The raw consumer: receive up to 32, handle each, delete them concurrently; poll every 100 ms when empty (the local host's shortest poll).</summary>
    private static async Task RawLoopAsync(QueueClient queue, Counter counter, CancellationToken stop)
    {
        var deletes = new List<Task>(32);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var batch = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(10), stop)).Value;
                if (batch.Length == 0)
                {
                    await Task.Delay(100, stop);
                    continue;
                }

                deletes.Clear();
                foreach (var message in batch)
                {
                    var item = JsonSerializer.Deserialize<BenchItem>(message.Body.ToMemory().Span, Bench.Json);
                    counter.Handle(item!);
                    deletes.Add(queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None));
                }

                await Task.WhenAll(deletes);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>
    /// When the pre-filled messages become visible: after three times the time the warm-up fill took per message
    /// (the machine's current speed) plus 3 s, so that all are in before any is visible.
    /// </summary>
    private static DateTimeOffset VisibleAt(int messages, TimeSpan perMessage) =>
        DateTimeOffset.UtcNow + TimeSpan.FromSeconds(3) + perMessage * messages * 3;

    /// <returns>The fill time per message.</returns>
    private static async Task<TimeSpan> FillAsync(QueueClient queue, int count, DateTimeOffset? visibleAt)
    {
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var body = JsonSerializer.Serialize(new BenchItem(i, $"INV-2026-{i:000000}", 100m + i), Bench.Json);
            TimeSpan? hidden = visibleAt is { } at ? TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling((at - DateTimeOffset.UtcNow).TotalSeconds))) : null;
            await queue.SendMessageAsync(body, hidden, cancellationToken: ct);
        });
        if (visibleAt is { } when && DateTimeOffset.UtcNow > when)
        {
            Bench.Progress("warning: pre-filling took longer than planned; some messages became visible while others were still being sent");
        }

        return clock.Elapsed / count;
    }

    private static async Task<Handled> WaitAsync(Func<Task<Handled>> count, int expected)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var handled = await count();
            if (handled.Count >= expected)
            {
                return handled;
            }

            if (clock.Elapsed > Limit)
            {
                throw new TimeoutException($"{handled.Count} of {expected} messages handled within {Limit.TotalSeconds:0} s.");
            }

            await Task.Delay(200);
        }
    }

    private static void Row(Report report, string name, Handled handled) =>
        report.Add(name, $"{handled.PerSecond:0} msg/s", notes: $"{handled.Count} messages, first to last handled {handled.Span.TotalSeconds:0.00} s");

    /// <summary>Handled count and the first and last handling times (UTC ticks), as the bench function reports them.</summary>
    public sealed record Handled(long Count, long First, long Last)
    {
        public TimeSpan Span => TimeSpan.FromTicks(Last - First);

        public double PerSecond => Count / Span.TotalSeconds;
    }

    private sealed record CountAnswer(long Handled, long First, long Last);

    /// <summary>The raw path's counter: the same in-memory recording as the BenchQueueItem function.</summary>
    private sealed class Counter
    {
        private long handled;
        private long firstTicks;
        private long lastTicks;

        public void Handle(BenchItem item)
        {
            _ = item;
            var now = DateTime.UtcNow.Ticks;
            Interlocked.CompareExchange(ref firstTicks, now, 0);
            Interlocked.Exchange(ref lastTicks, now);
            Interlocked.Increment(ref handled);
        }

        public Handled Snapshot() => new(Interlocked.Read(ref handled), Interlocked.Read(ref firstTicks), Interlocked.Read(ref lastTicks));

        public void Reset()
        {
            Interlocked.Exchange(ref handled, 0);
            Interlocked.Exchange(ref firstTicks, 0);
            Interlocked.Exchange(ref lastTicks, 0);
        }
    }
}
