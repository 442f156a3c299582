using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace InvoiceFunctions.LocalHost.Telemetry;

/// <summary>The local host's OpenTelemetry sources: one span per invocation, invocation counts and durations per function.</summary>
public static class HostTelemetry
{
    public const string Name = "InvoiceFunctions.LocalHost";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Invocations = Meter.CreateCounter<long>("functions.invocations", description: "Function invocations by function and outcome");

    public static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("functions.duration", unit: "ms", description: "Function invocation duration");

    public static readonly Counter<long> PoisonMessages = Meter.CreateCounter<long>("functions.queue.poison", description: "Messages moved to a poison queue");
}
