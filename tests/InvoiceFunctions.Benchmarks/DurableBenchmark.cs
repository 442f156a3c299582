using System.Diagnostics;
using System.Text.Json;
using Azure.Data.Tables;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.Benchmarks;

/// <summary>
/// BenchFlow orchestrations (3 activities in a row) on the Durable Task Framework engine over Azurite, with one
/// host and with two hosts on the same task hub. All are scheduled at once by one HTTP call (BenchStart); done
/// when the engine's Instances table shows every one Completed. Time = from the start call to the latest
/// completion time the engine recorded.
/// </summary>
public static class DurableBenchmark
{
    // The test app's host.json: hubName TestHub, 4 partitions.
    private const string InstancesTable = "TestHubInstances";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        foreach (var hostCount in options.Hosts)
        {
            Bench.Progress($"Durable, {hostCount} host(s), {options.Orchestrations} orchestrations x 3 activities");
            await using var azurite = await Azurite.StartAsync();
            var hosts = new List<HostProcess>();
            try
            {
                for (var h = 0; h < hostCount; h++)
                {
                    hosts.Add(await HostProcess.StartAsync(azurite.ConnectionString, ((char)('A' + h)).ToString(), Bench.HostSettings));
                }

                var instances = new TableClient(azurite.ConnectionString, InstancesTable);
                // Warm-up: JIT, task hub created, partitions spread over the hosts (rounds until every host ran activities, bounded).
                for (var round = 0; round < 8; round++)
                {
                    var warm = await RunRoundAsync(hosts[0], instances, $"warm{round}", 20);
                    if (warm.ActivitiesPerHost.Count == hostCount)
                    {
                        break;
                    }

                    await Task.Delay(TimeSpan.FromSeconds(5));
                }

                var run = await RunRoundAsync(hosts[0], instances, "run", options.Orchestrations);
                var seconds = run.Elapsed.TotalSeconds;
                var share = string.Join(", ", run.ActivitiesPerHost.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"));
                report.Add(
                    $"Durable, {hostCount} host{(hostCount > 1 ? "s" : "")}: {options.Orchestrations} orchestrations x 3 activities",
                    $"{options.Orchestrations / seconds:0.0} orch/s, {options.Orchestrations * 3 / seconds:0.0} activities/s",
                    notes: $"all Completed in {seconds:0.0} s; activities per host: {share}");
            }
            finally
            {
                foreach (var host in hosts)
                {
                    await host.DisposeAsync();
                }
            }
        }
    }

    private static async Task<RoundResult> RunRoundAsync(HostProcess host, TableClient instances, string prefix, int count)
    {
        var started = DateTimeOffset.UtcNow;
        (await host.Http.PostAsync($"api/bench/durable/{prefix}/{count}", null)).EnsureSuccessStatusCode();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var rows = new List<TableEntity>();
            await foreach (var row in instances.QueryAsync<TableEntity>(
                $"PartitionKey ge '{prefix}-' and PartitionKey lt '{prefix}.'", select: ["RuntimeStatus", "LastUpdatedTime", "Output"]))
            {
                rows.Add(row);
            }

            var failed = rows.FirstOrDefault(r => r.GetString("RuntimeStatus") is "Failed" or "Terminated");
            if (failed is not null)
            {
                throw new InvalidOperationException($"Orchestration {failed.PartitionKey} ended {failed.GetString("RuntimeStatus")}: {failed.GetString("Output")}");
            }

            if (rows.Count == count && rows.All(r => r.GetString("RuntimeStatus") == "Completed"))
            {
                var finished = rows.Max(r => r.GetDateTimeOffset("LastUpdatedTime") ?? r.Timestamp!.Value);
                var perHost = rows
                    .SelectMany(r => JsonSerializer.Deserialize<string[]>(JsonSerializer.Deserialize<string>(r.GetString("Output"))!)!)
                    .GroupBy(h => h)
                    .ToDictionary(g => g.Key, g => g.Count());
                return new RoundResult(finished - started, perHost);
            }

            if (clock.Elapsed > Limit)
            {
                throw new TimeoutException($"{rows.Count(r => r.GetString("RuntimeStatus") == "Completed")} of {count} orchestrations completed within {Limit.TotalMinutes:0} min.");
            }

            await Task.Delay(250);
        }
    }

    private sealed record RoundResult(TimeSpan Elapsed, Dictionary<string, int> ActivitiesPerHost);
}
