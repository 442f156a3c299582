using System.Diagnostics;
using System.Net.Http.Headers;

namespace InvoiceFunctions.Benchmarks;

/// <summary>What one closed-loop run measured (the measured window only, warm-up excluded).</summary>
public sealed record LoadResult(long Requests, long Errors, TimeSpan Elapsed, double P50Ms, double P95Ms, double P99Ms, string? FirstError, double ServerCpuSeconds)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;

    /// <summary>Server process CPU per request in the measured window, microseconds (NaN when not known).</summary>
    public double ServerCpuMicroseconds => ServerCpuSeconds * 1e6 / Requests;
}

/// <summary>
/// Closed-loop HTTP load on loopback: <c>workers</c> tasks each send a request, wait for the whole answer and
/// send the next, for a warm-up then a measured duration. Bounded in time and in memory (latencies kept per
/// worker up to a cap); an error is a non-2xx answer, a timeout or a connection failure.
/// </summary>
public static class LoadGenerator
{
    private const int MaxSamplesPerWorker = 2_000_000;

    public static async Task<LoadResult> RunAsync(Uri url, byte[] body, int workers, TimeSpan warmUp, TimeSpan duration, int? serverPid = null)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = workers,
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        var measureFrom = warmUp;
        var stopAt = warmUp + duration;
        var samples = new List<long>[workers];
        var errors = new long[workers];
        var tasks = new Task[workers];
        string? firstError = null;
        for (var w = 0; w < workers; w++)
        {
            var index = w;
            samples[index] = new List<long>(capacity: 16_384);
            tasks[index] = Task.Run(async () =>
            {
                var buffer = new byte[16 * 1024];
                while (true)
                {
                    var startedAt = clock.Elapsed;
                    if (startedAt >= stopAt)
                    {
                        return;
                    }

                    var start = Stopwatch.GetTimestamp();
                    var ok = false;
                    string? error = null;
                    try
                    {
                        using var content = new ByteArrayContent(body);
                        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                        using var response = await client.PostAsync(url, content);
                        await using var stream = await response.Content.ReadAsStreamAsync();
                        while (await stream.ReadAsync(buffer) > 0)
                        {
                        }

                        ok = response.IsSuccessStatusCode;
                        error = ok ? null : $"HTTP {(int)response.StatusCode}";
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                    {
                        error = ex.GetType().Name + ": " + ex.Message;
                    }

                    var took = Stopwatch.GetTimestamp() - start;
                    if (startedAt >= measureFrom && clock.Elapsed <= stopAt)
                    {
                        if (!ok)
                        {
                            errors[index]++;
                            Interlocked.CompareExchange(ref firstError, error, null);
                        }
                        else if (samples[index].Count < MaxSamplesPerWorker)
                        {
                            samples[index].Add(took);
                        }
                    }
                }
            });
        }

        await Task.Delay(warmUp);
        var cpuBefore = ProcessCpu.Seconds(serverPid);
        await Task.Delay(duration);
        var cpu = ProcessCpu.Seconds(serverPid) - cpuBefore;
        await Task.WhenAll(tasks);
        var all = samples.SelectMany(s => s).ToArray();
        Array.Sort(all);
        double Percentile(double p) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
        return new LoadResult(all.Length, errors.Sum(), duration, Percentile(0.50), Percentile(0.95), Percentile(0.99), firstError, cpu);
    }
}
