using System.Diagnostics;
using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Rendering.Benchmarks;

/// <summary>Renders one invoice again and again on one thread for a fixed time.</summary>
internal static class OwnRendererBenchmark
{
    public static Measurement Run(string name, Invoice invoice, Func<Invoice, byte[]> render, TimeSpan duration)
    {
        // A warm service: enough renders (at least 200 and 2 s) for the tiered JIT to have compiled the hot paths at full
        // optimisation, so the measured CPU time is rendering, not compiling.
        var warmUp = Stopwatch.StartNew();
        for (var i = 0; i < 200 || warmUp.Elapsed < TimeSpan.FromSeconds(2); i++)
        {
            render(invoice);
        }

        var self = Process.GetCurrentProcess();
        self.Refresh();
        var cpuBefore = self.TotalProcessorTime;
        var latencies = new List<double>();
        long bytes = 0;
        var wall = Stopwatch.StartNew();
        while (wall.Elapsed < duration)
        {
            var start = Stopwatch.GetTimestamp();
            bytes = render(invoice).Length;
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        var elapsed = wall.Elapsed.TotalSeconds;
        self.Refresh();
        var cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
        return new Measurement(name, invoice.Lines.Count, latencies, cpu, elapsed, ProcessStats.PeakRss(Environment.ProcessId), bytes);
    }
}
