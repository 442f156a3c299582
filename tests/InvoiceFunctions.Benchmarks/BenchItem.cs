namespace InvoiceFunctions.Benchmarks;

/// <summary>The unit of work, as the test app's BenchItem/BenchResult (same JSON shape; that assembly is not loaded here).</summary>
public sealed record BenchItem(int Id, string Name, decimal Amount);

public sealed record BenchResult(int Id, string Name, decimal Amount, decimal Vat, bool Ok);
