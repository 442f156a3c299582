using System.Globalization;
using InvoiceFunctions.Rendering;
using InvoiceFunctions.Rendering.Benchmarks;
using InvoiceFunctions.Rendering.FacturX;
using InvoiceFunctions.Rendering.Templates;
using InvoiceFunctions.Rendering.Tests.Support;

// --seconds N (per row, default 10); --no-chromium: only our renderer (profiling, quick comparisons between commits);
// --lines N: only that invoice size (10 or 200 by default); --dump DIR: write a fixed set of documents to compare commits;
// --phases: mean time of the CII XML, its compression, the PDF and the Factur-X.
if (Option("--dump") is { } dumpFolder)
{
    Dump.Write(dumpFolder);
    return;
}

var seconds = Option("--seconds") is { } s ? double.Parse(s, CultureInfo.InvariantCulture) : 10d;
var withChromium = !args.Contains("--no-chromium");
var sizes = Option("--lines") is { } l ? new[] { int.Parse(l, CultureInfo.InvariantCulture) } : new[] { 10, 200 };
var duration = TimeSpan.FromSeconds(seconds);
if (args.Contains("--phases"))
{
    Phases.Print(sizes);
    return;
}

const string FacturX = "Factur-X PDF/A-3b"; // the row compared with Chromium
var results = new List<Measurement>();
var withLogo = new RenderOptions { Template = new CompanyTemplate { Logo = TestImages.LogoPng() } };
foreach (var lines in sizes)
{
    var invoice = SampleInvoices.Invoice(lines);
    results.Add(OwnRendererBenchmark.Run("PDF", invoice, i => InvoicePdfRenderer.Render(i), duration));
    results.Add(OwnRendererBenchmark.Run(FacturX, invoice, i => FacturXWriter.Write(i), duration));
    results.Add(OwnRendererBenchmark.Run("Factur-X, PNG logo", invoice, i => FacturXWriter.Write(i, options: withLogo), duration));
    results.Add(OwnRendererBenchmark.Run("Factur-X, different invoices", invoice, VariedInvoices.Cycling(VariedInvoices.Make(lines, 50_000 / lines), i => FacturXWriter.Write(i)), duration));
}

if (withChromium)
{
    await using var chromium = await ChromiumBenchmark.StartAsync();
    foreach (var lines in sizes)
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

foreach (var lines in withChromium ? sizes : [])
{
    var ours = results.First(r => r.Lines == lines && r.Renderer == FacturX);
    var browser = results.First(r => r.Lines == lines && r.Renderer.StartsWith("Chromium", StringComparison.Ordinal));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{lines} lines: Factur-X per core {ours.PerCore / browser.PerCore:0.0}x Chromium's per core"));
}

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

