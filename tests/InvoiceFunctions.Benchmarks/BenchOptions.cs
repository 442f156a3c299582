using System.Globalization;

namespace InvoiceFunctions.Benchmarks;

/// <summary>Command-line options; every run is bounded by these counts and durations.</summary>
public sealed record BenchOptions
{
    public HashSet<string> Scenarios { get; init; } = ["http", "queue", "durable", "issue", "intake", "dunning", "email", "recurring"];

    public int[] HttpWorkers { get; init; } = [1, 16];

    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Unmeasured HTTP load on each server before its first measured run (tiered JIT settles).</summary>
    public TimeSpan JitWarmUp { get; init; } = TimeSpan.FromSeconds(10);

    public int Messages { get; init; } = 2000;

    public int Orchestrations { get; init; } = 100;

    /// <summary>Invoices drafted and issued end to end per app setup (1 and 2 instances).</summary>
    public int Invoices { get; init; } = 300;

    /// <summary>Invoices whose dunning (4 steps each) runs per app setup (scenario dunning).</summary>
    public int DunningInvoices { get; init; } = 200;

    /// <summary>Dunning instances started (scenario dunning-start: invoices seeded by the ledger service, started by their Start signals).</summary>
    public int Instances { get; init; } = 1000;

    /// <summary>Invoices e-mailed with a PDF attached per app setup (scenario email).</summary>
    public int Emails { get; init; } = 200;
    /// <summary>Due subscriptions billed by one run per app setup (scenario recurring).</summary>
    public int Subscriptions { get; init; } = 1000;

    /// <summary>How many app instances (hosts, DTFx workers) each scenario sets up, one setup after the other.</summary>
    public int[] Hosts { get; init; } = [1, 2];

    /// <summary>Only load an already running host's bench/echo (for profiling a change), no table of baselines.</summary>
    public Uri? Target { get; init; }

    /// <summary>With --target: the process id of that host, to report its CPU time per request.</summary>
    public int? TargetPid { get; init; }

    public static string Usage =>
        """
        dotnet run -c Release --project tests/InvoiceFunctions.Benchmarks [-- options]
          --only http,queue,durable,issue,intake,dunning,email,recurring   scenarios to run (default: all;
                                      also dunning-bare, dunning-start)
          --workers 1,16              HTTP closed-loop worker counts (default 1,16)
          --warmup 3 --duration 10    HTTP warm-up and measured seconds per run
          --jit-warmup 10             unmeasured HTTP load on each server before its first run
          --messages 2000             queue messages per path
          --orchestrations 100        orchestrations (3 activities each) per host setup
          --invoices 300              invoices drafted and issued end to end per app setup (scenario issue), files uploaded per format (intake)
          --dunning-invoices 200      invoices issued whose 4-step dunning runs per app setup (scenario dunning)
          --instances 1000            dunning instances started (scenario dunning-start, not in the default set; 10000 for the issue's figure)
          --emails 200                invoices e-mailed (38 KB PDF attached) to MailDev per app setup (scenario email)
          --subscriptions 1000        due subscriptions billed by one run per app setup (scenario recurring)
          --hosts 1,2                 app instances per setup, in turn (default 1,2; a 10,000-subscription run with --hosts 1)
          --target http://127.0.0.1:7071/   only load POST api/bench/echo of a host already running
          --target-pid 1234           with --target: that host's process id, to print its CPU per request
        """;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            options = args[i] switch
            {
                "--only" => options with { Scenarios = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet() },
                "--workers" => options with { HttpWorkers = value.Split(',').Select(v => Bounded(int.Parse(v, CultureInfo.InvariantCulture), 1, 256)).ToArray() },
                "--warmup" => options with { WarmUp = TimeSpan.FromSeconds(Bounded(int.Parse(value, CultureInfo.InvariantCulture), 0, 60)) },
                "--jit-warmup" => options with { JitWarmUp = TimeSpan.FromSeconds(Bounded(int.Parse(value, CultureInfo.InvariantCulture), 0, 120)) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Bounded(int.Parse(value, CultureInfo.InvariantCulture), 1, 120)) },
                "--messages" => options with { Messages = Bounded(int.Parse(value, CultureInfo.InvariantCulture), 100, 50_000) },
                "--target" => options with { Target = new Uri(value) },
                "--target-pid" => options with { TargetPid = int.Parse(value, CultureInfo.InvariantCulture) },
                "--hosts" => options with { Hosts = value.Split(',').Select(v => Bounded(int.Parse(v, CultureInfo.InvariantCulture), 1, 2)).ToArray() },
                "--invoices" => options with { Invoices = Bounded(int.Parse(value, CultureInfo.InvariantCulture), 20, 5_000) },
                "--dunning-invoices" => options with { DunningInvoices = Bounded(int.Parse(value, CultureInfo.InvariantCulture), 10, 10_000) },
                "--instances" => options with { Instances = Bounded(int.Parse(value, CultureInfo.InvariantCulture), 10, 20_000) },
                "--emails" => options with { Emails = Bounded(int.Parse(value, CultureInfo.InvariantCulture), 10, 5_000) },
                "--subscriptions" => options with { Subscriptions = Bounded(int.Parse(value, CultureInfo.InvariantCulture), 20, 100_000) },
                "--orchestrations" => options with { Orchestrations = Bounded(int.Parse(value, CultureInfo.InvariantCulture), 10, 2_000) },
                _ => throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}"),
            };
            i++;
        }

        return options;
    }

    private static int Bounded(int value, int min, int max) =>
        value >= min && value <= max ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"must be within {min}..{max}");
}
