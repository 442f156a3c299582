using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Rendering.FacturX;
using InvoiceFunctions.Rendering.Tests.Support;

namespace InvoiceFunctions.Rendering.Benchmarks;

/// <summary>
/// `--phases`: where a Factur-X's time goes, from the public entry points (mean over many calls after a warm-up, wall
/// time on one thread, after two seconds of calls): the CII XML, its UTF-8 bytes compressed as the packager does, the PDF alone, the whole Factur-X.
/// The rest of the Factur-X time (XMP, ICC intent, catalog, file written once) is the difference.
/// </summary>
internal static class Phases
{
    public static void Print(IEnumerable<int> sizes)
    {
        foreach (var lines in sizes)
        {
            var invoice = SampleInvoices.Invoice(lines);
            var xml = Array.Empty<byte>();
            var tree = Mean(() => CiiWriter.ToDocument(invoice, CiiProfile.En16931));
            var cii = Mean(() => xml = Encoding.UTF8.GetBytes(CiiWriter.Write(invoice, CiiProfile.En16931)));
            var deflate = Mean(() =>
            {
                using var output = new MemoryStream();
                using var zlib = new ZLibStream(output, CompressionLevel.Fastest);
                zlib.Write(xml);
            });
            var pdf = Mean(() => InvoicePdfRenderer.Render(invoice));
            var facturX = Mean(() => FacturXWriter.Write(invoice));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{lines} lines: CII tree {tree:0.000} ms, CII XML {cii:0.000} ms ({xml.Length / 1024} KiB), its zlib {deflate:0.000} ms, PDF {pdf:0.000} ms, Factur-X {facturX:0.000} ms"));
        }
    }

    private static double Mean(Action action)
    {
        // Warm: the tiered JIT has compiled the hot paths at full optimisation after about two seconds of calls.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(2))
        {
            action();
        }

        const int Runs = 1000;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Runs; i++)
        {
            action();
        }

        return clock.Elapsed.TotalMilliseconds / Runs;
    }
}
