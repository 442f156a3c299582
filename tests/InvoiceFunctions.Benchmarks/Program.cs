using System.Globalization;
using InvoiceFunctions.Benchmarks;

if (args.Length == 3 && args[0] == BareServer.Argument)
{
    await BareServer.RunAsync(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture));
    return 0;
}

if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 2;
}

if (options.Target is { } target)
{
    foreach (var workers in options.HttpWorkers)
    {
        var result = await LoadGenerator.RunAsync(new Uri(target, "api/bench/echo"), HttpBenchmark.Body, workers, options.WarmUp, options.Duration, options.TargetPid);
        Console.WriteLine($"{workers} workers: {result.PerSecond:0} req/s, p50 {result.P50Ms:0.00} ms, p95 {result.P95Ms:0.00} ms, p99 {result.P99Ms:0.00} ms, {result.Errors} errors {result.FirstError}, server CPU {result.ServerCpuMicroseconds:0} µs/request");
    }

    return 0;
}

var report = new Report();
var loadBefore = Bench.LoadAverage();
Bench.Progress($"InvoiceFunctions benchmarks: {Environment.ProcessorCount} cores, .NET {Environment.Version}, local host {InvoiceFunctions.Testing.Repository.Configuration} build, load average {loadBefore}");
if (options.Scenarios.Contains("http"))
{
    await HttpBenchmark.RunAsync(options, report);
}

if (options.Scenarios.Contains("queue"))
{
    await QueueBenchmark.RunAsync(options, report);
}

if (options.Scenarios.Contains("durable"))
{
    await DurableBenchmark.RunAsync(options, report);
}

if (options.Scenarios.Contains("issue"))
{
    await IssueBenchmark.RunAsync(options, report);
}

if (options.Scenarios.Contains("intake"))
{
    await IntakeBenchmark.RunAsync(options, report);
}

if (options.Scenarios.Contains("dunning"))
{
    await DunningBenchmark.RunAsync(options, report);
    await InvoiceFunctions.Benchmarks.BareDunning.BareDunningBenchmark.RunAsync(options, report);
}

if (options.Scenarios.Contains("dunning-bare"))
{
    await InvoiceFunctions.Benchmarks.BareDunning.BareDunningBenchmark.RunAsync(options, report);
}

if (options.Scenarios.Contains("dunning-start"))
{
    await DunningStartBenchmark.RunAsync(options, report);
}

if (options.Scenarios.Contains("email"))
{
    await EmailBenchmark.RunAsync(options, report);
}

if (options.Scenarios.Contains("recurring"))
{
    await RecurringBenchmark.RunAsync(options, report);
}

Console.WriteLine();
Console.WriteLine(report);
Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {InvoiceFunctions.Testing.Repository.Configuration} build; load average (1/5/15 min) before {loadBefore}, after {Bench.LoadAverage()}.");
return 0;
