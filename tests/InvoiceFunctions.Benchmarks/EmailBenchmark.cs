using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.Benchmarks;

/// <summary>
/// E-mail delivery on the product app against a real MailDev (SMTP on loopback): N issued invoices, each archived with a
/// 38 KB Factur-X PDF (the official EN16931_Einfach.pdf), are queued for delivery at once on invoice-delivery; each
/// DeliverInvoice reads the invoice, customer, archive entry and settings, records the attempt and its intent, renders
/// the Liquid template, sends one SMTP transaction with the PDF attached and records Sent with the ledger event. Rate:
/// N over the time from the first message queued to the last attempt recorded Sent (table Deliveries), with 1 and 2
/// local hosts on one Azurite and one MailDev; MailDev's own count of received mails is checked against N.
/// </summary>
public static class EmailBenchmark
{
    private const int Clients = 8;

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        var pdf = await File.ReadAllBytesAsync(Path.Combine(Repository.Root, "..", "shared", "conformance", "facturx", "pdf", "EN16931_Einfach.pdf"));
        foreach (var count in options.Hosts)
        {
            await using var azurite = await Azurite.StartAsync();
            await using var mailDev = await MailDev.StartAsync();
            var hosts = new List<HostProcess>();
            try
            {
                for (var i = 0; i < count; i++)
                {
                    hosts.Add(await HostProcess.StartAsync(azurite.ConnectionString, $"email-{i}", Settings(mailDev.SmtpPort), Repository.ProductAppFolder));
                }

                var key = await BenchCompany.CreateAsync(hosts[0]);
                Bench.Progress($"E-mail delivery, {count} instance(s), {options.Emails} invoices with a {pdf.Length / 1024} KB PDF");
                var invoices = await PrepareAsync(hosts, key, options.Emails, pdf);
                var queue = new QueueClient(azurite.ConnectionString, "invoice-delivery", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
                await queue.CreateIfNotExistsAsync();
                var started = DateTimeOffset.UtcNow;
                await Parallel.ForEachAsync(invoices, new ParallelOptions { MaxDegreeOfParallelism = Clients }, async (id, ct) =>
                    await queue.SendMessageAsync(JsonSerializer.Serialize(new { company = "bench", invoiceId = id, reason = "issued" }), ct));
                var sent = await DunningBenchmark.WaitAsync(
                    new TableClient(azurite.ConnectionString, "Deliveries"), "PartitionKey eq 'bench' and State eq 'Sent'", invoices.Count, "mails sent");
                var last = sent.Max(r => r.GetDateTimeOffset("SentAt")!.Value);
                var received = (await mailDev.EmailsAsync()).Count;
                var span = last - started;
                report.Add(
                    $"E-mails delivered (PDF attached), {count} host(s)",
                    $"{invoices.Count / span.TotalSeconds:0.0} mails/s",
                    errors: $"{invoices.Count - received}",
                    notes: $"{invoices.Count} mails of {pdf.Length / 1024} KB PDF queued at once, all Sent {span.TotalSeconds:0.0} s after the first; MailDev received {received}");
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

    private static Dictionary<string, string> Settings(int smtpPort) => new(Bench.HostSettings)
    {
        ["Security__ApiKeyPepper"] = "bench-pepper-0123456789-0123456789-0123456789",
        ["Payments__WebhookSigningKey"] = "bench-webhook-signing-key-0123456789-0123456789",
        ["Smtp__Host"] = "127.0.0.1",
        ["Smtp__Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp__Security"] = "None",
        ["Dunning__Enabled"] = "false",
    };

    /// <summary>N sales records issued (a number each) and archived with the PDF as their Factur-X, by 8 clients; nothing queued yet.</summary>
    private static async Task<List<string>> PrepareAsync(List<HostProcess> hosts, string key, int count, byte[] pdf)
    {
        var ids = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = Clients }, async (i, _) =>
        {
            var http = hosts[i % hosts.Count].Http;
            var record = await BenchCompany.SendAsync(http, HttpMethod.Post, "api/companies/bench/invoices", key, new
            {
                direction = "Sales", counterpartyId = "martin", currency = "EUR", taxExclusive = 1000, tax = 200, taxInclusive = 1200, dueDate = "2026-12-31",
            });
            var id = record.GetProperty("id").GetString()!;
            var number = (await BenchCompany.SendAsync(http, HttpMethod.Post, $"api/companies/bench/invoices/{id}/issue", key, new { series = "F" })).GetProperty("number").GetString();
            await BenchCompany.SendAsync(http, HttpMethod.Post, $"api/companies/bench/invoices/{id}/archive", key, new
            {
                files = new[] { new { kind = "FacturX", name = $"{number}.pdf", contentType = "application/pdf", content = pdf } },
            });
            ids.Add(id);
        });
        return [.. ids];
    }
}
