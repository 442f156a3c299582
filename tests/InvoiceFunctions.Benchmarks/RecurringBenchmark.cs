using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.Benchmarks;

/// <summary>
/// A billing run of N due subscriptions on the product app, with 1 and 2 hosts: N monthly subscriptions created by
/// API, one run started (POST /api/admin/billing-runs), timed until the run completed (every period claimed, drafted,
/// requested) and until the ledger shows every invoice issued (validated, numbered, rendered, archived, recorded).
/// The same Azurite's raw write rate (bare SDK inserts, 16 in flight) is measured right after, to compare.
/// </summary>
public static class RecurringBenchmark
{
    private const int Clients = 16;

    /// <summary>20 minutes plus 0.3 s per subscription (10,000: 70 minutes): a shared machine's 10,000 run must end, a stuck one too.</summary>
    private static TimeSpan Limit(int count) => TimeSpan.FromMinutes(20) + TimeSpan.FromSeconds(0.3 * count);

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        foreach (var instances in options.Hosts)
        {
            await BenchHosts.RunAsync(instances, "recurring", IssueBenchmark.Settings, async (azurite, hosts) =>
            {
                var key = await IssueBenchmark.SetUpAsync(hosts[0]);
                Bench.Progress($"Recurring billing, {instances} instance(s): creating {options.Subscriptions} subscriptions");
                var creating = Stopwatch.StartNew();
                await CreateSubscriptionsAsync(hosts, key, options.Subscriptions);
                var created = creating.Elapsed;
                Bench.Progress($"{options.Subscriptions} subscriptions created by API in {created.TotalSeconds:0} s ({options.Subscriptions / created.TotalSeconds:0} /s, {Clients} clients)");
                Bench.Progress($"Recurring billing, {instances} instance(s): one run over {options.Subscriptions} due subscriptions");
                Result result;
                try
                {
                    result = await RunAsync(hosts, new TableClient(azurite.ConnectionString, "Ledger"), options.Subscriptions);
                }
                catch (Exception)
                {
                    // The hosts' logs say where a run stopped; they go with the hosts otherwise.
                    for (var i = 0; i < hosts.Count; i++)
                    {
                        var log = Path.Combine(Path.GetTempPath(), $"recurring-bench-host-{i}.log");
                        await File.WriteAllTextAsync(log, hosts[i].Output);
                        Bench.Progress($"host {i} output: {log}");
                    }

                    throw;
                }

                var writes = await RawWritesPerSecondAsync(azurite.ConnectionString, TimeSpan.FromSeconds(10));
                report.Add(
                    $"Billing run, {options.Subscriptions} due subscriptions, {instances} instance(s)",
                    $"{result.IssuedPerSecond:0.0} invoices/s issued",
                    $"{result.P50:0}",
                    "",
                    $"{result.P99:0}",
                    "0",
                    $"created by API in {created.TotalSeconds:0} s (not in the rate); run completed in {result.Run.TotalSeconds:0} s ({options.Subscriptions / result.Run.TotalSeconds:0.0} subscriptions/s claimed+drafted+requested, pages of 500), all issued in {result.Issued.TotalSeconds:0} s; mean per stage {result.Stages}");
                report.Add(
                    $"Raw storage writes, same Azurite, after the run ({instances} instance(s))",
                    $"{writes:0} writes/s",
                    notes: $"bare SDK inserts of 1.5 KB entities, {Clients} in flight: {writes / result.IssuedPerSecond:0} raw writes per issued invoice at the run's pace");
            });
        }
    }

    private static async Task CreateSubscriptionsAsync(List<HostProcess> hosts, string key, int count)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = new DateOnly(today.Year, today.Month, 1).ToString("yyyy-MM-dd");
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async client =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) <= count)
            {
                await IssueBenchmark.SendAsync(hosts[client % hosts.Count].Http, HttpMethod.Post, "api/companies/bench/subscriptions", key, new
                {
                    id = $"sub-{i:000000}",
                    customerId = "martin",
                    currency = "EUR",
                    lines = new[] { new { description = "Plan", quantity = 1, unitPrice = 10m + (i % 90), vatRatePercent = 20 } },
                    schedule = new { unit = "Month", interval = 1, anchor = start },
                    start,
                });
            }
        }));
    }

    private static async Task<Result> RunAsync(List<HostProcess> hosts, TableClient ledger, int count)
    {
        var stopwatch = Stopwatch.StartNew();
        var started = DateTimeOffset.UtcNow;
        using var post = new HttpRequestMessage(HttpMethod.Post, "api/admin/billing-runs") { Content = JsonContent.Create(new { }) };
        post.Headers.Add("x-functions-key", HostProcess.MasterKey);
        var id = (await (await hosts[0].Http.SendAsync(post)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        TimeSpan? run = null;
        var steps = new Dictionary<string, Dictionary<string, DateTimeOffset>>();
        var limit = Limit(count);
        while (stopwatch.Elapsed < limit)
        {
            if (run is null)
            {
                var status = await StatusAsync(hosts[0], id);
                run = status?.GetProperty("status").GetString() switch
                {
                    "Completed" => Completed(stopwatch.Elapsed),
                    "Failed" or "Terminated" => throw new InvalidOperationException($"billing run {id}: {status}"),
                    _ => null,
                };
            }

            // The ledger's history is read only once the run completed, and seldom (every 10 s, 20 s at 10,000): reading it is work for the same Azurite.
            if (run is not null)
            {
                steps = await IssueBenchmark.StepsAsync(ledger, null);
                if (steps.Count(s => s.Value.ContainsKey("Issued")) >= count)
                {
                    break;
                }
            }

            await Task.Delay(TimeSpan.FromSeconds(run is null ? 2 : Math.Max(10, count / 500)));
        }

        var issued = steps.Where(s => s.Value.ContainsKey("Issued")).Select(s => s.Value).ToList();
        if (run is null || issued.Count < count)
        {
            throw new TimeoutException($"{issued.Count} of {count} invoices issued within {limit} (run {(run is null ? "not completed" : "completed")}).");
        }

        var latencies = issued.Select(s => (s["Issued"] - started).TotalMilliseconds).Order().ToList();
        var all = issued.Max(s => s["Issued"]) - started;
        return new Result(run.Value, all, count / all.TotalSeconds, latencies[latencies.Count / 2], latencies[(int)(latencies.Count * 0.99)], IssueBenchmark.StageMeans(issued));
    }

    /// <summary>The run's status; null when the host, busy with the run, did not answer within the client's timeout (asked again later).</summary>
    private static async Task<JsonElement?> StatusAsync(HostProcess host, string id)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, $"api/admin/billing-runs/{id}");
        get.Headers.Add("x-functions-key", HostProcess.MasterKey);
        try
        {
            return await (await host.Http.SendAsync(get)).Content.ReadFromJsonAsync<JsonElement>();
        }
        catch (TaskCanceledException)
        {
            Bench.Progress("the run's status did not answer within 30 s; asking again");
            return null;
        }
    }

    private static TimeSpan Completed(TimeSpan elapsed)
    {
        Bench.Progress($"billing run completed after {elapsed.TotalSeconds:0} s; waiting for the pipeline");
        return elapsed;
    }

    /// <summary>Inserts of 1.5 KB entities with the bare SDK, <see cref="Clients"/> in flight, for <paramref name="duration"/>.</summary>
    private static async Task<double> RawWritesPerSecondAsync(string connectionString, TimeSpan duration)
    {
        var table = new TableClient(connectionString, "RawWrites");
        await table.CreateIfNotExistsAsync();
        var payload = new string('x', 1_500);
        var written = 0;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async client =>
        {
            while (stopwatch.Elapsed < duration)
            {
                var n = Interlocked.Increment(ref written);
                await table.AddEntityAsync(new TableEntity($"p{client}", $"r{n:000000000}") { ["Value"] = payload });
            }
        }));
        return written / stopwatch.Elapsed.TotalSeconds;
    }

    private sealed record Result(TimeSpan Run, TimeSpan Issued, double IssuedPerSecond, double P50, double P99, string Stages);
}
