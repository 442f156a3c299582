using System.Diagnostics;
using System.Globalization;
using InvoiceFunctions.Application.Archive;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InvoiceFunctions.Ledger.Benchmarks;

/// <summary>
/// Three workloads, each through the app's services ("ours") and through the raw SDK doing the same storage operations
/// (<see cref="RawOperations"/>), in alternating rounds on one Azurite. The ratio is ours / raw wall time: our overhead.
/// </summary>
public sealed class LedgerBench : IAsyncDisposable
{
    private static readonly CompanyId Company = CompanyId.Parse("bench");
    private readonly Azurite azurite;
    private readonly ServiceProvider app;
    private readonly RawOperations raw;

    private LedgerBench(Azurite azurite, ServiceProvider app, RawOperations raw) => (this.azurite, this.app, this.raw) = (azurite, app, raw);

    public static async Task<LedgerBench> StartAsync()
    {
        var azurite = await Azurite.StartAsync();
        var app = await AppServicesOnAzurite.StartAsync(azurite.ConnectionString);
        await app.GetRequiredService<CompanyService>().CreateAsync(new NewCompany("bench", "Bench", null, null, "FR"), CancellationToken.None);
        await app.GetRequiredService<ContactService>().AddAsync(Company, new NewParty("s1", PartyRole.Supplier, "Supplier", null, null, null, "FR"), CancellationToken.None);
        return new LedgerBench(azurite, app, await RawOperations.StartAsync(azurite.ConnectionString));
    }

    public async Task RunAsync(int operations, int rounds, int concurrency, TextWriter output)
    {
        var ledger = app.GetRequiredService<LedgerService>();
        var archive = app.GetRequiredService<ArchiveService>();
        var none = CancellationToken.None;
        var serial = 0;
        async Task<List<string>> InvoicesAsync(int count)
        {
            var ids = new List<string>();
            for (var i = 0; i < count; i++)
            {
                ids.Add((await ledger.CreateAsync(Company, Purchase($"SETUP-{Interlocked.Increment(ref serial)}"), "bench", none)).Id);
            }

            return ids;
        }

        await output.WriteLineAsync($"{operations} operations x {rounds} rounds, concurrency {concurrency}, Azurite in memory, {Environment.ProcessorCount} cores");
        await output.WriteLineAsync("| workload | storage operations each | ours (ops/s) | raw SDK (ops/s) | ours / raw time |");
        await output.WriteLineAsync("|---|---|---|---|---|");

        await ReportAsync(output, "record a purchase invoice (CreateAsync)", "1 read contact, 1 read settings, 1 transaction of 3 rows", operations, rounds, concurrency,
            (round, i) => ledger.CreateAsync(Company, Purchase($"P-{round}-{i}"), "bench", none),
            (round, i) => raw.CreateInvoiceAsync($"P-{round}-{i}"));

        var payable = await InvoicesAsync(operations);
        var rawPayable = await raw.InvoicesAsync(operations);
        await ReportAsync(output, "record a payment (ETag update + event)", "1 read, 1 transaction of 2 rows", operations, rounds, concurrency,
            (round, i) => ledger.RecordPaymentAsync(Company, payable[i], 0.01m, "bench", none),
            (round, i) => raw.PayAsync(rawPayable[i]));

        // One fresh invoice per archive put (round -1 is the warm-up).
        var toArchive = await InvoicesAsync(operations * (rounds + 1));
        var rawToArchive = await raw.InvoicesAsync(operations * (rounds + 1));
        // One company's chain takes one link at a time (the raw baseline has no retry): archive puts run one after another.
        await ReportAsync(output, "archive 2 files (8 KiB XML, 40 KiB PDF), one company", "3 blob puts, 4 reads, 2 transactions", operations, rounds, 1,
            (round, i) => archive.ArchiveAsync(Company, toArchive[((round + 1) * operations) + i], Documents(round, i), "bench", none),
            (round, i) => raw.ArchiveAsync(rawToArchive[((round + 1) * operations) + i], Documents(round, i)));
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await azurite.DisposeAsync();
    }

    private static async Task ReportAsync(
        TextWriter output, string name, string operationsEach, int operations, int rounds, int concurrency, Func<int, int, Task> ours, Func<int, int, Task> rawSdk)
    {
        await RunAsync(-1, Math.Min(operations, 20), concurrency, (_, i) => ours(-1, i)); // warm-up both paths
        await RunAsync(-1, Math.Min(operations, 20), concurrency, (_, i) => rawSdk(-1, i));
        var oursTimes = new List<double>();
        var rawTimes = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            // Alternate which goes first, so neither always meets a warmer or a fuller Azurite.
            if (round % 2 == 0)
            {
                oursTimes.Add(await RunAsync(round, operations, concurrency, ours));
                rawTimes.Add(await RunAsync(round, operations, concurrency, rawSdk));
            }
            else
            {
                rawTimes.Add(await RunAsync(round, operations, concurrency, rawSdk));
                oursTimes.Add(await RunAsync(round, operations, concurrency, ours));
            }
        }

        // The machine is shared: the ratio is the median of the per-round ratios (both sides of a round meet the same load).
        var ratio = Median(oursTimes.Zip(rawTimes, (o, r) => o / r).ToList());
        var (oursRate, rawRate) = (operations * rounds / oursTimes.Sum(), operations * rounds / rawTimes.Sum());
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"| {name} | {operationsEach} | {oursRate:0} | {rawRate:0} | {ratio:0.00}x |"));
    }

    private static async Task<double> RunAsync(int round, int operations, int concurrency, Func<int, int, Task> operation)
    {
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < operations; i = Interlocked.Increment(ref next))
            {
                await operation(round, i);
            }
        }));
        return watch.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static NewLedgerInvoice Purchase(string number) =>
        new(InvoiceDirection.Purchase, "s1", "EUR", 1000m, 200m, 1200m, Number: number, IssueDate: new DateOnly(2026, 3, 1), Source: SourceChannel.Upload);

    public static ArchiveDocument[] Documents(int round, int i)
    {
        var xml = new byte[8 << 10];
        var pdf = new byte[40 << 10];
        Random.Shared.NextBytes(xml);
        Random.Shared.NextBytes(pdf);
        BitConverter.TryWriteBytes(xml, (round * 1_000_000) + i);
        return [new(ArchiveFileKind.Xml, $"{i}.xml", "application/xml", xml), new(ArchiveFileKind.Pdf, $"{i}.pdf", "application/pdf", pdf)];
    }
}
