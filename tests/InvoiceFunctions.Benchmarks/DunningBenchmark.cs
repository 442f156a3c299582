using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Azure.Data.Tables;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.Benchmarks;

/// <summary>
/// Dunning orchestrations on the product app: N sales records, 10 days past due, are issued by 16 closed-loop clients (each
/// issue queues a Start signal), then every instance runs a 4-step policy (notice the day before the due date, reminders 1
/// and 2 days after, firm reminder 3 days after), all due at once, so the steps run as fast as the engine takes them. Start rate: N over the time
/// from the first issue to the last instance created (the task hub's Instances table); step rate: the 4N steps over the
/// span of their claims (table DunningSteps). No SMTP server: each step composes, claims and records its outcome
/// (DeliveryFailed, "no SMTP server") but sends nothing, so the figure is the engine's and storage's, not MailDev's.
/// </summary>
public static class DunningBenchmark
{
    private const int Clients = 16;
    private const int StepsPerInvoice = 4;
    private const string InstancesTable = "InvoiceFunctionsInstances";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        foreach (var count in options.Hosts)
        {
            await BenchHosts.RunAsync(count, "dunning", Settings, async (azurite, hosts) =>
            {
                var key = await SetUpAsync(hosts[0]);
                Bench.Progress($"Dunning, {count} instance(s), {options.DunningInvoices} invoices, {Clients} clients");
                var issued = await IssueAsync(hosts, key, options.DunningInvoices);
                var instances = await WaitAsync(new TableClient(azurite.ConnectionString, InstancesTable), "PartitionKey ge 'dunning-' and PartitionKey lt 'dunning.'", options.DunningInvoices, "instances created");
                var created = instances.Select(r => r.GetDateTimeOffset("CreatedTime")!.Value).ToList();
                var startSpan = created.Max() - issued.First;
                var steps = await WaitAsync(new TableClient(azurite.ConnectionString, "DunningSteps"), "PartitionKey eq 'bench'", options.DunningInvoices * StepsPerInvoice, "steps taken");
                var claimed = steps.Select(r => r.GetDateTimeOffset("CreatedAt")!.Value).Order().ToList();
                var stepSpan = claimed[^1] - claimed[0];
                report.Add(
                    $"Dunning instances started, {count} host(s)",
                    $"{options.DunningInvoices / startSpan.TotalSeconds:0.0} instances/s",
                    notes: $"{options.DunningInvoices} invoices issued by HTTP at {options.DunningInvoices / (issued.Last - issued.First).TotalSeconds:0.0}/s; last instance created {startSpan.TotalSeconds:0.0} s after the first issue");
                report.Add(
                    $"Dunning steps taken, {count} host(s)",
                    $"{claimed.Count / stepSpan.TotalSeconds:0.0} steps/s",
                    notes: $"{claimed.Count} steps (load + claim + compose + ledger event each) over {stepSpan.TotalSeconds:0.0} s; no SMTP");
            });
        }
    }

    private static Dictionary<string, string> Settings => new(Bench.HostSettings)
    {
        ["Security__ApiKeyPepper"] = "bench-pepper-0123456789-0123456789-0123456789",
        ["Payments__WebhookSigningKey"] = "bench-webhook-signing-key-0123456789-0123456789",
        ["Smtp__Host"] = "",
        ["Dunning__DayLength"] = "00:00:01",
    };

    /// <returns>When the first and the last issue request were sent.</returns>
    private static async Task<(DateTimeOffset First, DateTimeOffset Last)> IssueAsync(List<HostProcess> hosts, string key, int count)
    {
        // Ten days past due: every step of the policy is due at once, so each instance takes its 4 steps back to back.
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10).ToString("yyyy-MM-dd");
        var sent = new ConcurrentBag<DateTimeOffset>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async client =>
        {
            var http = hosts[client % hosts.Count].Http;
            while (Interlocked.Increment(ref next) < count && clock.Elapsed < Limit)
            {
                var record = await SendAsync(http, HttpMethod.Post, "api/companies/bench/invoices", key, new
                {
                    direction = "Sales", counterpartyId = "martin", currency = "EUR", taxExclusive = 100, tax = 20, taxInclusive = 120, dueDate = due,
                });
                sent.Add(DateTimeOffset.UtcNow);
                await SendAsync(http, HttpMethod.Post, $"api/companies/bench/invoices/{record.GetProperty("id").GetString()}/issue", key, new { series = "F" });
            }
        }));
        return (sent.Min(), sent.Max());
    }

    /// <summary>Waits (at most <paramref name="limit"/>, 5 minutes by default) until the filter finds <paramref name="count"/> rows.</summary>
    internal static async Task<List<TableEntity>> WaitAsync(TableClient table, string filter, int count, string what, TimeSpan? limit = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var rows = new List<TableEntity>();
            try
            {
                await foreach (var row in table.QueryAsync<TableEntity>(filter))
                {
                    rows.Add(row);
                }
            }
            catch (Azure.RequestFailedException ex) when (ex.Status == 404)
            {
                // The table is created with the first write.
            }

            if (rows.Count >= count)
            {
                return rows;
            }

            if (clock.Elapsed > (limit ?? Limit))
            {
                throw new TimeoutException($"{rows.Count} of {count} {what} within {(limit ?? Limit).TotalMinutes:0} min.");
            }

            await Task.Delay(500);
        }
    }

    private static async Task<string> SetUpAsync(HostProcess host)
    {
        var key = await BenchCompany.CreateAsync(host);
        await SendAsync(host.Http, HttpMethod.Put, "api/companies/bench/dunning/policy", key, new
        {
            name = "bench",
            steps = new object[] { new { kind = "PreDueNotice", daysFromDue = -1 }, new { kind = "FirmReminder", daysFromDue = 3 } },
            reminders = new { firstDaysAfterDue = 1, everyDays = 1, maxCount = 2 },
            skipWeekends = false,
            skipStaleSteps = false, // every step taken, not only the latest of those already due
            annualInterestRatePercent = 12.15m,
        });
        return key;
    }

    private static Task<JsonElement> SendAsync(HttpClient http, HttpMethod method, string path, string key, object body) => BenchCompany.SendAsync(http, method, path, key, body);
}
