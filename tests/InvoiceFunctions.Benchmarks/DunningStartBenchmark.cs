using System.Diagnostics;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Adapters.Tables;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Dunning;
using InvoiceFunctions.Application.Ledger;
using Microsoft.Extensions.Configuration;

namespace InvoiceFunctions.Benchmarks;

/// <summary>
/// Time to start N dunning instances (scenario dunning-start, <c>--instances</c>). The product app in one local host on a fresh
/// Azurite; N issued sales invoices due in 30 days are seeded through the product's ledger service (<see cref="LedgerService.ImportAsync"/>,
/// 32 at once, no HTTP, no issuing), then each gets the issue pipeline's own start: <see cref="DunningNotifier.StartAsync"/> puts its
/// Start signal on queue dunning-signals, and the host's SignalDunning runs DunningStarter (an existence check, then the
/// Durable start). Timed from the first signal to the last instance's CreatedTime and to the poll that finds all N Running
/// (each has run LoadDunning once and sleeps on its timer until the pre-due notice). Errors: poison messages and Failed instances.
/// </summary>
public static class DunningStartBenchmark
{
    private const int Senders = 32;

    /// <summary>
    /// At most this many Start signals wait on the queue. Azurite's queue reads (and the expired-message sweep before each)
    /// go through every message of the emulator, so 10,000 messages queued at once would slow every queue poll of the
    /// host and the Durable engine; an issue pipeline puts them there over time anyway.
    /// </summary>
    private const int Window = 256;
    private const string Company = "bench";
    // Azurite's table queries scan the whole table (History grows with every instance), so a 10,000 run slows as it goes.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(60);

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        var count = options.Instances;
        await BenchHosts.RunAsync(1, "dunning-start", Settings, async (azurite, hosts) =>
        {
            var key = await BenchCompany.CreateAsync(hosts[0]);
            await BenchCompany.SendAsync(hosts[0].Http, HttpMethod.Put, $"api/companies/{Company}/dunning/policy", key, new
            {
                name = "bench",
                steps = new object[] { new { kind = "PreDueNotice", daysFromDue = -5 }, new { kind = "FirmReminder", daysFromDue = 30 } },
                reminders = new { firstDaysAfterDue = 1, everyDays = 7, maxCount = 3 },
                skipWeekends = false,
                annualInterestRatePercent = 12.15m,
            });
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [StorageClients.Connection] = azurite.ConnectionString }).Build();
            var clients = new StorageClients(configuration);
            var notifier = new DunningNotifier(new StorageDunningSignals(clients));
            var ledger = new LedgerService(new TableLedgerStore(clients, new WriterGate()), new TablePartyStore(clients), notifier, TimeProvider.System);

            Bench.Progress($"Dunning starts: seeding {count} issued invoices through the ledger service");
            var seedClock = Stopwatch.StartNew();
            var invoices = await InParallelAsync(count, n => ledger.ImportAsync(
                CompanyId.Parse(Company),
                LedgerIds.NewInvoiceId(DateTimeOffset.UtcNow),
                new NewLedgerInvoice(InvoiceDirection.Sales, "martin", "EUR", 100m, 20m, 120m, Number: $"BENCH-{n:000000}", IssueDate: Today(0), DueDate: Today(30), Source: SourceChannel.Upload),
                "dunning-start benchmark seed",
                "bench",
                CancellationToken.None));
            var seeded = seedClock.Elapsed;

            Bench.Progress($"Dunning starts: {count} Start signals through DunningNotifier (the issue pipeline's call), at most {Window} waiting at once");
            var first = DateTimeOffset.UtcNow;
            var signalClock = Stopwatch.StartNew();
            var refused = await FeedAsync(clients, count, n => notifier.StartAsync(invoices[n], CancellationToken.None));
            var signalled = signalClock.Elapsed;
            var instances = new TableClient(azurite.ConnectionString, "InvoiceFunctionsInstances");
            var (rows, running) = await WaitRunningAsync(instances, count, signalClock);
            var created = rows.Max(r => r.GetDateTimeOffset("CreatedTime")!.Value) - first;
            var failed = rows.Count(r => r.GetString("RuntimeStatus") == "Failed");
            var poison = await PoisonAsync(clients);
            Bench.Progress($"Dunning starts: {count} created in {created.TotalSeconds:0.0} s, all Running after {running.TotalSeconds:0.0} s");
            report.Add(
                "Dunning instances started (DunningStarter), 1 host",
                $"{count / created.TotalSeconds:0.0} instances/s",
                errors: $"{failed + poison + refused}",
                notes: $"{count} Start signals queued ({Window} waiting at most) in {signalled.TotalSeconds:0.0} s; last instance created {created.TotalSeconds:0.0} s after the first signal; all Running after {running.TotalSeconds:0.0} s ({count / running.TotalSeconds:0.0}/s); seeding {count} invoices by the ledger service took {seeded.TotalSeconds:0.0} s; {failed} Failed, {poison} poison, {refused} signals refused");
        });

        await BareDunning.BareDunningBenchmark.RunStartsAsync(count, report);
    }

    private static Dictionary<string, string> Settings => new(Bench.HostSettings)
    {
        ["Security__ApiKeyPepper"] = "bench-pepper-0123456789-0123456789-0123456789",
        ["Payments__WebhookSigningKey"] = "bench-webhook-signing-key-0123456789-0123456789",
        ["Smtp__Host"] = "",
    };

    private static DateOnly Today(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days);

    private static async Task<T[]> InParallelAsync<T>(int count, Func<int, Task<T>> work)
    {
        var results = new T[count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Senders).Select(async _ =>
        {
            for (var n = Interlocked.Increment(ref next); n < count; n = Interlocked.Increment(ref next))
            {
                results[n] = await work(n);
            }
        }));
        return results;
    }

    /// <summary>Polls (every 2 s, 5 s from 2,000 instances, 15 s from 5,000; at most <see cref="Limit"/>) until <paramref name="count"/> dunning instances are Running (or past it).</summary>
    internal static async Task<(List<TableEntity> Rows, TimeSpan Running)> WaitRunningAsync(TableClient table, int count, Stopwatch clock)
    {
        while (true)
        {
            var rows = new List<TableEntity>();
            try
            {
                await foreach (var row in table.QueryAsync<TableEntity>("PartitionKey ge 'dunning-' and PartitionKey lt 'dunning.'", select: ["CreatedTime", "RuntimeStatus"]))
                {
                    rows.Add(row);
                }
            }
            catch (Azure.RequestFailedException ex) when (ex.Status == 404)
            {
                // The table is created with the first instance.
            }

            if (rows.Count(r => r.GetString("RuntimeStatus") is not "Pending") >= count)
            {
                return (rows, clock.Elapsed);
            }

            if (clock.Elapsed > Limit)
            {
                throw new TimeoutException($"{rows.Count} of {count} instances created, {rows.Count(r => r.GetString("RuntimeStatus") == "Running")} running, within {Limit.TotalMinutes:0} min.");
            }

            // The poll scans the Instances table: less often for big runs, so it does not weigh on the Azurite being measured.
            await Task.Delay(TimeSpan.FromSeconds(count >= 5000 ? 15 : count >= 2000 ? 5 : 2));
        }
    }

    /// <summary>Puts the <paramref name="count"/> signals on the queue from <see cref="Senders"/> senders, topping it up to <see cref="Window"/> messages; returns those refused.</summary>
    private static async Task<int> FeedAsync(StorageClients clients, int count, Func<int, Task> signal)
    {
        var queue = clients.Queues.GetQueueClient(QueueNames.DunningSignals);
        var refused = 0;
        for (var sent = 0; sent < count;)
        {
            var waiting = (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
            var batch = Math.Min(count - sent, Window - waiting);
            if (batch <= 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250));
                continue;
            }

            var from = sent;
            await InParallelAsync(batch, async n =>
            {
                try
                {
                    await signal(from + n);
                }
                catch (Azure.RequestFailedException)
                {
                    Interlocked.Increment(ref refused);
                }

                return true;
            });
            sent += batch;
        }

        return refused;
    }

    private static async Task<int> PoisonAsync(StorageClients clients)
    {
        var poison = clients.Queues.GetQueueClient(QueueNames.DunningSignals + "-poison");
        return await poison.ExistsAsync() ? (await poison.GetPropertiesAsync()).Value.ApproximateMessagesCount : 0;
    }
}
