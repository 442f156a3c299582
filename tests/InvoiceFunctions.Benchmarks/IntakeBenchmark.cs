using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.Benchmarks;

/// <summary>
/// Imported invoices from blob upload to recorded, on the product app: N files are uploaded to container "inbox" by 16
/// concurrent uploaders, and each counts when its "Imported" history event is written (after reading, validation,
/// party matching and the ledger write; archiving follows in the same call). Throughput is N over the time from the
/// first upload to the last Imported event; latency per file is from its upload to that event (same clock).
/// Factur-X: the official sample Facture_F20180027.pdf under N names (same invoice, so each is a suspected duplicate:
/// the ledger's fingerprint check costs two extra round trips). UBL: the Peppol BIS 3 sample with a unique number each.
/// </summary>
public static class IntakeBenchmark
{
    private const int Uploaders = 16;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
    private static readonly string Conformance = Path.Combine(Repository.Root, "..", "shared", "conformance");

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        var pdf = await File.ReadAllBytesAsync(Path.Combine(Conformance, "facturx", "pdf", "Facture_F20180027.pdf"));
        var ubl = await File.ReadAllTextAsync(Path.Combine(Conformance, "ubl", "examples", "BIS3_Invoice_positive.xml"));
        foreach (var instances in options.Hosts)
        {
            await using var azurite = await Azurite.StartAsync();
            var hosts = new List<HostProcess>();
            try
            {
                for (var i = 0; i < instances; i++)
                {
                    hosts.Add(await HostProcess.StartAsync(azurite.ConnectionString, $"intake-{i}", Settings, Repository.ProductAppFolder));
                }

                await CompanyAsync(hosts[0], "bench-fx", "FR05987654321");
                await CompanyAsync(hosts[0], "bench-ubl", "DK87654321");
                var inbox = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("inbox");
                await inbox.CreateIfNotExistsAsync();
                var ledger = new TableClient(azurite.ConnectionString, "Ledger");
                await RunAsync(inbox, ledger, "bench-ubl", "warm", 20, i => Ubl(ubl, "W" + i));

                Bench.Progress($"Intake, {instances} instance(s), {options.Invoices} Factur-X PDFs");
                var facturX = await RunAsync(inbox, ledger, "bench-fx", "fx", options.Invoices, _ => pdf);
                report.Add($"Imported from upload, Factur-X PDF, {instances} instance(s)", $"{facturX.PerSecond:0.0} invoices/s", $"{facturX.P50:0}", "", $"{facturX.P99:0}", "0", "blob upload -> Imported event; same invoice under each name (duplicate check)");
                Bench.Progress($"Intake, {instances} instance(s), {options.Invoices} UBL invoices");
                var xml = await RunAsync(inbox, ledger, "bench-ubl", "ubl", options.Invoices, i => Ubl(ubl, "B" + i));
                report.Add($"Imported from upload, UBL, {instances} instance(s)", $"{xml.PerSecond:0.0} invoices/s", $"{xml.P50:0}", "", $"{xml.P99:0}", "0", "blob upload -> Imported event; a distinct number each");
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

    private static Dictionary<string, string> Settings => new(Bench.HostSettings)
    {
        ["Security__ApiKeyPepper"] = "bench-pepper-0123456789-0123456789-0123456789",
        ["Payments__WebhookSigningKey"] = "bench-webhook-signing-key-0123456789-0123456789",
        ["Smtp__Host"] = "",
    };

    private static byte[] Ubl(string template, string number) => Encoding.UTF8.GetBytes(template.Replace("<cbc:ID>12345</cbc:ID>", $"<cbc:ID>{number}</cbc:ID>", StringComparison.Ordinal));

    private static async Task<(double PerSecond, double P50, double P99)> RunAsync(BlobContainerClient inbox, TableClient ledger, string company, string prefix, int count, Func<int, byte[]> file)
    {
        var started = new ConcurrentDictionary<string, DateTimeOffset>();
        var next = -1;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Uploaders).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var name = $"{prefix}-{i:D5}.bin";
                started[name] = DateTimeOffset.UtcNow;
                await inbox.GetBlobClient($"{company}/{name}").UploadAsync(BinaryData.FromBytes(file(i)));
            }
        }));

        var imported = new Dictionary<string, DateTimeOffset>();
        while (stopwatch.Elapsed < Limit && imported.Count < count)
        {
            await Task.Delay(500);
            imported = await ImportedAsync(ledger, company, prefix);
        }

        if (imported.Count < count)
        {
            throw new TimeoutException($"{imported.Count} of {count} uploads imported within {Limit}.");
        }

        var latencies = imported.Select(i => (i.Value - started[i.Key]).TotalMilliseconds).Order().ToList();
        var span = imported.Values.Max() - started.Values.Min();
        return (count / span.TotalSeconds, latencies[latencies.Count / 2], latencies[(int)(latencies.Count * 0.99)]);
    }

    /// <summary>Imported events by file name: their detail reads "Upload {name} (...)".</summary>
    private static async Task<Dictionary<string, DateTimeOffset>> ImportedAsync(TableClient ledger, string company, string prefix)
    {
        var imported = new Dictionary<string, DateTimeOffset>();
        await foreach (var row in ledger.QueryAsync<TableEntity>($"PartitionKey eq '{company}' and RowKey ge 'evt|' and RowKey lt 'evt}}' and Type eq 'Imported'", select: ["Detail", "At"]))
        {
            var name = row.GetString("Detail").Split(' ')[1];
            if (name.StartsWith(prefix + "-", StringComparison.Ordinal))
            {
                imported[name] = row.GetDateTimeOffset("At")!.Value;
            }
        }

        return imported;
    }

    private static async Task CompanyAsync(HostProcess host, string id, string vatId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/admin/companies") { Content = JsonContent.Create(new { id, name = id, vatId, countryCode = "FR" }) };
        request.Headers.Add("x-functions-key", HostProcess.MasterKey);
        (await host.Http.SendAsync(request)).EnsureSuccessStatusCode();
    }
}
