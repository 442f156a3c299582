namespace InvoiceFunctions.Rendering.Benchmarks;

/// <summary>One renderer on one invoice: latencies, CPU seconds used (all processes involved), peak resident memory.</summary>
internal sealed record Measurement(string Renderer, int Lines, IReadOnlyList<double> LatenciesMs, double CpuSeconds, double WallSeconds, long PeakRssBytes, long OutputBytes)
{
    public double PerSecond => LatenciesMs.Count / WallSeconds;

    /// <summary>Invoices per CPU-second: the throughput one core gives.</summary>
    public double PerCore => LatenciesMs.Count / CpuSeconds;

    public double Percentile(double p)
    {
        var sorted = LatenciesMs.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
