using System.Collections.Concurrent;
using System.Diagnostics;

namespace InvoiceFunctions.Testing;

/// <summary>
/// The local host as a separate process (as a user runs it), so tests can kill it mid-work and run two at
/// once. Its output is kept for the failure message.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    public const string MasterKey = "test-master-key-0123456789";
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private HostProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }

    public HttpClient Http { get; }

    public string Output => string.Join(Environment.NewLine, output);

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>Starts a host on <paramref name="appFolder"/> (the test app by default) and, unless told not to, waits until /health answers.</summary>
    public static async Task<HostProcess> StartAsync(
        string connectionString, string tag, IDictionary<string, string>? settings = null, string? appFolder = null, bool waitUntilHealthy = true)
    {
        var port = FreePorts.Next();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Repository.LocalHostDll, "--LocalHost:AppPath", appFolder ?? Repository.TestAppFolder },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var environment = new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["LocalHost__HttpPort"] = port.ToString(),
            ["LocalHost__MasterKey"] = MasterKey,
            ["LocalHost__TelemetryExporter"] = "none",
            ["LocalHost__BlobScanInterval"] = "00:00:00.500",
            ["TEST_HOST_TAG"] = tag,
            ["TickSchedule"] = "*/2 * * * * *",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var host = new HostProcess(Process.Start(start)!, port);
        if (waitUntilHealthy)
        {
            await host.WaitUntilHealthyAsync();
        }

        return host;
    }

    public async Task WaitUntilHealthyAsync()
    {
        await Eventually.HoldsAsync(
            async () =>
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"The host exited with {process.ExitCode}:{Environment.NewLine}{Output}");
                }

                try
                {
                    return (await Http.GetAsync("health")).IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            },
            TimeSpan.FromSeconds(60),
            "the local host answers /health");
    }

    /// <summary>Ends the process at once, as a crash or a scale-in would: no graceful shutdown.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cts.Token);
        return process.ExitCode;
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        Http.Dispose();
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 2000 && output.TryDequeue(out _))
        {
        }
    }
}
