using InvoiceFunctions.Ledger.Benchmarks;

// dotnet run -c Release --project tests/InvoiceFunctions.Ledger.Benchmarks [-- operations rounds concurrency]
var operations = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 25;
var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20;
var concurrency = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1;
await using var bench = await LedgerBench.StartAsync();
await bench.RunAsync(operations, rounds, concurrency, Console.Out);
