using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(InvoiceFunctions.Core.Benchmarks.FormatBenchmarks).Assembly).Run(args);
