using System.Text.Json;

namespace InvoiceFunctions.Benchmarks;

/// <summary>What the scenarios share.</summary>
public static class Bench
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The test harness's host settings (telemetry exporter none, master key) but a quiet test app: its
    /// every-2-seconds test timer set to once a year and the blob scanner at its default 5 s.
    /// </summary>
    public static Dictionary<string, string> HostSettings => new()
    {
        ["TickSchedule"] = "0 0 0 1 1 *",
        ["LocalHost__BlobScanInterval"] = "00:00:05",
    };

    /// <summary>The machine's load average (Linux), to tell a quiet run from one sharing the cores.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public static void Progress(string message) => Console.Error.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {message}");
}
