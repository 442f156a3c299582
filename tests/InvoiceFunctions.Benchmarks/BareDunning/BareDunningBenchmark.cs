using System.Diagnostics;
using Azure.Data.Tables;
using DurableTask.AzureStorage;
using DurableTask.Core;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.Benchmarks.BareDunning;

/// <summary>
/// The baseline of the dunning benchmark: the Durable Task Framework alone (TaskHubWorker on the Azure Storage backend,
/// no Functions worker, no gRPC sidecar, none of our code), the same orchestration shape and the same storage operations
/// per step, with the product's task hub settings (4 partitions, 5 s polling at most, 10 activities and 10 orchestrations
/// per worker at once), on a fresh Azurite, with one worker and then two on one task hub. Start rate: N instances
/// created by 16 concurrent clients, over the time from the first create to the last instance's CreatedTime; step rate:
/// the 4N steps over the span of their claims, as in the product's run.
/// </summary>
public static class BareDunningBenchmark
{
    private const int Clients = 16;
    private const int Steps = 4;
    private const string Hub = "BareDunning";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        foreach (var workers in options.Hosts)
        {
            Bench.Progress($"Bare DTFx dunning, {workers} worker(s), {options.DunningInvoices} instances");
            await using var azurite = await Azurite.StartAsync();
            var table = await RowsAsync(azurite);

            var hosts = new List<(TaskHubWorker Worker, AzureStorageOrchestrationService Service)>();
            try
            {
                for (var w = 0; w < workers; w++)
                {
                    hosts.Add(await StartWorkerAsync(azurite.ConnectionString, table, $"bare-{w}"));
                }

                var client = new TaskHubClient(hosts[0].Service);
                var first = DateTimeOffset.UtcNow;
                var next = -1;
                await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
                {
                    for (var n = Interlocked.Increment(ref next); n < options.DunningInvoices; n = Interlocked.Increment(ref next))
                    {
                        var id = $"dunning-bench-{n:00000}";
                        await client.CreateOrchestrationInstanceAsync(typeof(BareDunningOrchestration), id, new BareDunningRun(id, 0));
                    }
                }));
                var instances = await DunningBenchmark.WaitAsync(
                    new TableClient(azurite.ConnectionString, Hub + "Instances"), "PartitionKey ge 'dunning-' and PartitionKey lt 'dunning.'", options.DunningInvoices, "bare instances created", Limit);
                var startSpan = instances.Max(r => r.GetDateTimeOffset("CreatedTime")!.Value) - first;
                var claims = await DunningBenchmark.WaitAsync(table, "RowKey ge 'step' and RowKey lt 'stepz'", options.DunningInvoices * Steps, "bare steps taken", Limit);
                var claimed = claims.Select(r => r.GetDateTimeOffset("CreatedAt")!.Value).Order().ToList();
                var stepSpan = claimed[^1] - claimed[0];
                report.Add(
                    $"Bare DTFx: dunning instances started, {workers} worker(s)",
                    $"{options.DunningInvoices / startSpan.TotalSeconds:0.0} instances/s",
                    notes: $"{options.DunningInvoices} created by {Clients} clients; last created {startSpan.TotalSeconds:0.0} s after the first create");
                report.Add(
                    $"Bare DTFx: dunning steps taken, {workers} worker(s)",
                    $"{claimed.Count / stepSpan.TotalSeconds:0.0} steps/s",
                    notes: $"{claimed.Count} steps (load: 3 reads + a query; step: a read, 3 claim writes, a transaction) over {stepSpan.TotalSeconds:0.0} s");
            }
            finally
            {
                foreach (var host in hosts)
                {
                    await host.Worker.StopAsync(isForced: true);
                }
            }
        }
    }

    /// <summary>
    /// The baseline of the start benchmark: <paramref name="count"/> instances of <see cref="BareSleepingOrchestration"/> created by
    /// 16 clients on one worker, timed from the first create to the last CreatedTime and to the poll that finds all Running.
    /// </summary>
    public static async Task RunStartsAsync(int count, Report report)
    {
        Bench.Progress($"Bare DTFx dunning starts, 1 worker, {count} instances");
        await using var azurite = await Azurite.StartAsync();
        var table = await RowsAsync(azurite);
        var (worker, service) = await StartWorkerAsync(azurite.ConnectionString, table, "bare-0");
        try
        {
            var client = new TaskHubClient(service);
            var first = DateTimeOffset.UtcNow;
            var clock = Stopwatch.StartNew();
            var next = -1;
            var refused = 0;
            await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
            {
                for (var n = Interlocked.Increment(ref next); n < count; n = Interlocked.Increment(ref next))
                {
                    var id = $"dunning-bench-{n:000000}";
                    try
                    {
                        await client.CreateOrchestrationInstanceAsync(typeof(BareSleepingOrchestration), id, new BareDunningRun(id, 0));
                    }
                    catch (Exception ex) when (ex is not OutOfMemoryException)
                    {
                        Interlocked.Increment(ref refused);
                    }
                }
            }));
            var created = clock.Elapsed;
            var (rows, running) = await DunningStartBenchmark.WaitRunningAsync(new TableClient(azurite.ConnectionString, Hub + "Instances"), count - refused, clock);
            var last = rows.Max(r => r.GetDateTimeOffset("CreatedTime")!.Value) - first;
            var failed = rows.Count(r => r.GetString("RuntimeStatus") == "Failed");
            report.Add(
                "Bare DTFx: instances started, 1 worker",
                $"{count / last.TotalSeconds:0.0} instances/s",
                errors: $"{failed + refused}",
                notes: $"{count} created by {Clients} clients in {created.TotalSeconds:0.0} s; last created {last.TotalSeconds:0.0} s after the first; all Running after {running.TotalSeconds:0.0} s ({count / running.TotalSeconds:0.0}/s)");
        }
        finally
        {
            await worker.StopAsync(isForced: true);
        }
    }

    /// <summary>The rows the activities read, about the size of the product's invoice, policy and customer.</summary>
    private static async Task<TableClient> RowsAsync(Azurite azurite)
    {
        var table = new TableClient(azurite.ConnectionString, "BareDunningRows");
        await table.CreateIfNotExistsAsync();
        foreach (var row in new[] { "invoice", "policy", "customer" })
        {
            await table.UpsertEntityAsync(new TableEntity("bare", row) { ["Body"] = new string('x', 800) });
        }

        return table;
    }

    private static async Task<(TaskHubWorker, AzureStorageOrchestrationService)> StartWorkerAsync(string connectionString, TableClient table, string workerId)
    {
        // The product's host.json values for its task hub (hubName, partitionCount, polling) and the local host's defaults.
        var service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
            TaskHubName = Hub,
            PartitionCount = 4,
            MaxQueuePollingInterval = TimeSpan.FromSeconds(5),
            ControlQueueVisibilityTimeout = TimeSpan.FromMinutes(1),
            WorkItemQueueVisibilityTimeout = TimeSpan.FromMinutes(1),
            MaxConcurrentTaskActivityWorkItems = 10,
            MaxConcurrentTaskOrchestrationWorkItems = 10,
            WorkerId = workerId,
        });
        await service.CreateIfNotExistsAsync();
        var worker = new TaskHubWorker(service);
        worker.AddTaskOrchestrations(typeof(BareDunningOrchestration), typeof(BareSleepingOrchestration));
        worker.AddTaskActivities(new BareLoadActivity(table, Steps), new BareStepActivity(table));
        await worker.StartAsync();
        return (worker, service);
    }
}
