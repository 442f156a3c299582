using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.Benchmarks;

/// <summary>
/// Issued invoices end to end on the product app: each of N invoices is drafted (POST .../invoices) and issued
/// (POST .../issue) by one of 16 closed-loop clients, then runs the five queue stages until the ledger shows it
/// issued, archived and queued for delivery. Throughput is N over the time from the first POST to the last Issued
/// event; latency per invoice is from its first POST to its Issued event (the ledger's own timestamps, same clock).
/// The ceiling is <see cref="StorageReplay"/>: the same storage operations per invoice with the bare SDK.
/// </summary>
public static class IssueBenchmark
{
    private const int Clients = 16;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(6);
    private static readonly string[] Steps = ["IssueRequested", "Validated", "Numbered", "Rendered", "Archived", "Issued"];

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        double? ceiling = null;
        foreach (var instances in options.Hosts)
        {
            await BenchHosts.RunAsync(instances, "issue", Settings, async (azurite, hosts) =>
            {
                var key = await SetUpAsync(hosts[0]);
                var ledger = new TableClient(azurite.ConnectionString, "Ledger");
                await RunInvoicesAsync(hosts, ledger, key, Math.Min(50, options.Invoices));
                Bench.Progress($"Issue pipeline, {instances} instance(s), {options.Invoices} invoices, {Clients} clients");
                var result = await RunInvoicesAsync(hosts, ledger, key, options.Invoices);
                report.Add($"Issued end to end, {instances} instance(s)", $"{result.PerSecond:0.0} invoices/s", $"{result.P50:0}", "", $"{result.P99:0}", "0", result.Stages);
                if (instances == 1)
                {
                    // The replay runs each invoice's operations one after the other, so 16 in flight is bound by latency,
                    // where the app overlaps its five stages' queues; 64 in flight finds what Azurite itself sustains.
                    foreach (var inFlight in new[] { Clients, 4 * Clients })
                    {
                        Bench.Progress($"Storage replay (bare SDK), {options.Invoices} invoices, {inFlight} concurrent");
                        var replay = await StorageReplay.RunAsync(azurite.ConnectionString, options.Invoices, inFlight);
                        report.Add($"Ceiling: the same storage operations, bare SDK, {inFlight} in flight", $"{replay:0.0} invoices/s", notes: StorageReplay.Mix);
                        ceiling = Math.Max(ceiling ?? 0, replay);
                    }
                }

                report.Goal($"Issued invoices/s, {instances} instance(s) / bare-SDK ceiling", result.PerSecond, ceiling ?? result.PerSecond, 0.6, "invoices/s");
            });
        }
    }

    /// <summary>The bench hosts' settings; no SMTP server, so the delivery stage records each invoice's attempt as failed (its storage work is still done).</summary>
    internal static Dictionary<string, string> Settings => new(Bench.HostSettings)
    {
        ["Security__ApiKeyPepper"] = "bench-pepper-0123456789-0123456789-0123456789",
        ["Payments__WebhookSigningKey"] = "bench-webhook-signing-key-0123456789-0123456789",
        ["Smtp__Host"] = "",
    };

    private static async Task<Result> RunInvoicesAsync(List<HostProcess> hosts, TableClient ledger, string key, int count)
    {
        var started = new ConcurrentDictionary<string, DateTimeOffset>();
        var next = -1;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async client =>
        {
            var http = hosts[client % hosts.Count].Http;
            while (Interlocked.Increment(ref next) < count && stopwatch.Elapsed < Limit)
            {
                var start = DateTimeOffset.UtcNow;
                var draft = await SendAsync(http, HttpMethod.Post, "api/companies/bench/invoices", key, new
                {
                    customerId = "martin",
                    lines = new object[] { new { productId = "consulting", quantity = 2, unitCode = "DAY" }, new { name = "Déplacement", quantity = 1, unitPrice = 80.5m, vatRate = 20 } },
                });
                var id = draft.GetProperty("id").GetString()!;
                started[id] = start;
                await SendAsync(http, HttpMethod.Post, $"api/companies/bench/invoices/{id}/issue", key, new { });
            }
        }));

        // Wait for the pipeline, then read each invoice's history: the ledger's timestamps of every step.
        var steps = new Dictionary<string, Dictionary<string, DateTimeOffset>>();
        while (stopwatch.Elapsed < Limit)
        {
            steps = await StepsAsync(ledger, started.Keys.ToHashSet());
            if (steps.Count(s => s.Value.ContainsKey("Issued")) == started.Count)
            {
                break;
            }

            await Task.Delay(500);
        }

        var issued = steps.Where(s => s.Value.ContainsKey("Issued")).ToList();
        if (issued.Count < started.Count)
        {
            throw new TimeoutException($"{issued.Count} of {started.Count} invoices issued within {Limit}.");
        }

        var latencies = issued.Select(s => (s.Value["Issued"] - started[s.Key]).TotalMilliseconds).Order().ToList();
        var span = issued.Max(s => s.Value["Issued"]) - started.Values.Min();
        var stages = StageMeans(issued.Select(s => s.Value).ToList());
        var http = issued.Average(s => (s.Value["IssueRequested"] - started[s.Key]).TotalMilliseconds);
        return new Result(issued.Count / span.TotalSeconds, latencies[latencies.Count / 2], latencies[(int)(latencies.Count * 0.99)], $"mean: draft+issue HTTP {http:0} ms, {stages}");
    }

    /// <summary>The mean time of each pipeline stage (from the step before), over issued invoices' step timestamps.</summary>
    internal static string StageMeans(IReadOnlyCollection<Dictionary<string, DateTimeOffset>> issued) =>
        string.Join(", ", Steps.Skip(1).Select((step, i) => $"{step} {issued.Average(s => (s[step] - s[Steps[i]]).TotalMilliseconds):0} ms"));

    /// <summary>Each invoice's steps (event type -> time) from the ledger's history rows; <paramref name="ids"/> null: every invoice of the company.</summary>
    internal static async Task<Dictionary<string, Dictionary<string, DateTimeOffset>>> StepsAsync(TableClient ledger, HashSet<string>? ids)
    {
        var steps = new Dictionary<string, Dictionary<string, DateTimeOffset>>();
        await foreach (var row in ledger.QueryAsync<TableEntity>("PartitionKey eq 'bench' and RowKey ge 'evt|' and RowKey lt 'evt}'", select: ["RowKey", "Type", "At"]))
        {
            var id = row.RowKey.Split('|')[1];
            if (ids is null || ids.Contains(id))
            {
                (steps.TryGetValue(id, out var events) ? events : steps[id] = [])[row.GetString("Type")] = row.GetDateTimeOffset("At")!.Value;
            }
        }

        return steps;
    }

    private sealed record Result(double PerSecond, double P50, double P99, string Stages);

    internal static async Task<string> SetUpAsync(HostProcess host)
    {
        async Task AdminAsync(string path, object body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
            request.Headers.Add("x-functions-key", HostProcess.MasterKey);
            (await host.Http.SendAsync(request)).EnsureSuccessStatusCode();
        }

        await AdminAsync("api/admin/companies", new { id = "bench", name = "Bench SAS", siren = "123456782", vatId = "FR32123456782", countryCode = "FR" });
        using var keyRequest = new HttpRequestMessage(HttpMethod.Post, "api/admin/companies/bench/keys") { Content = JsonContent.Create(new { name = "bench", role = "Admin" }) };
        keyRequest.Headers.Add("x-functions-key", HostProcess.MasterKey);
        var key = (await (await host.Http.SendAsync(keyRequest)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        await SendAsync(host.Http, HttpMethod.Put, "api/companies/bench/settings/billing", key, new
        {
            address = new { line1 = "1 rue de la Paix", city = "Paris", postCode = "75002" }, iban = "FR7630006000011234567890189", bic = "AGRIFRPP", vatOnDebits = true,
        });
        await SendAsync(host.Http, HttpMethod.Post, "api/companies/bench/contacts", key, new
        {
            id = "martin", role = "Customer", name = "Boulangerie Martin SARL", legalId = "732829320", vatId = "FR61732829320", countryCode = "FR",
            address = new { line1 = "3 place du Marché", city = "Villeurbanne", postCode = "69100" },
        });
        await SendAsync(host.Http, HttpMethod.Post, "api/companies/bench/products", key, new { id = "consulting", name = "Journée de conseil", category = "services", unitPrice = 650, currency = "EUR", vatRate = 20 });
        return key;
    }

    internal static Task<JsonElement> SendAsync(HttpClient http, HttpMethod method, string path, string key, object body) => BenchCompany.SendAsync(http, method, path, key, body);
}
