using System.Globalization;
using InvoiceFunctions.Rendering;
using InvoiceFunctions.Rendering.Benchmarks;
using InvoiceFunctions.Rendering.FacturX;
using InvoiceFunctions.Rendering.Tests.Support;

var seconds = args is ["--seconds", var s] ? double.Parse(s, CultureInfo.InvariantCulture) : 10d;
var duration = TimeSpan.FromSeconds(seconds);
var results = new List<Measurement>();
foreach (var lines in new[] { 10, 200 })
{
    var invoice = SampleInvoices.Invoice(lines);
    results.Add(OwnRendererBenchmark.Run("SkiaSharp PDF", invoice, i => InvoicePdfRenderer.Render(i), duration));
    results.Add(OwnRendererBenchmark.Run("SkiaSharp Factur-X PDF/A-3b", invoice, i => FacturXWriter.Write(i), duration));
}

await using (var chromium = await ChromiumBenchmark.StartAsync())
{
    foreach (var lines in new[] { 10, 200 })
    {
        results.Add(await chromium.RunAsync(lines, HtmlInvoice.Build(SampleInvoices.Invoice(lines)), duration));
    }
}

Console.WriteLine($"{Environment.ProcessorCount} cores, {seconds:0} s per row, one request at a time");
Console.WriteLine("| renderer | lines | invoices/s | invoices/s per core (CPU) | p50 ms | p99 ms | peak RSS MiB | PDF KiB |");
Console.WriteLine("|---|---|---|---|---|---|---|---|");
foreach (var r in results.OrderBy(r => r.Lines))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Renderer} | {r.Lines} | {r.PerSecond:0.0} | {r.PerCore:0.0} | {r.Percentile(0.5):0.0} | {r.Percentile(0.99):0.0} | {r.PeakRssBytes / 1048576d:0} | {r.OutputBytes / 1024d:0} |"));
}

foreach (var lines in new[] { 10, 200 })
{
    var ours = results.First(r => r.Lines == lines && r.Renderer == "SkiaSharp Factur-X PDF/A-3b");
    var browser = results.First(r => r.Lines == lines && r.Renderer.StartsWith("Chromium", StringComparison.Ordinal));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{lines} lines: Factur-X per core {ours.PerCore / browser.PerCore:0.0}x Chromium's per core"));
}
