using System.Diagnostics;
using System.Net.Sockets;

namespace InvoiceFunctions.Testing;

/// <summary>A real Azurite (npm azurite from the repository's node_modules) on free loopback ports, in memory, stopped on dispose.</summary>
public sealed class Azurite : IAsyncDisposable
{
    /// <summary>Azurite's well-known development account key (public, documented by Microsoft).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process process;

    private readonly int[] ports;

    private Azurite(Process process, int blobPort, int queuePort, int tablePort)
    {
        this.process = process;
        ports = [blobPort, queuePort, tablePort];
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AccountKey
            + $";BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    /// <summary>
    /// Starts Azurite on three free ports. A port found free can be taken by another process before Azurite binds it
    /// (suites start hosts and Azurites side by side): an Azurite that exits or never listens is replaced, on new ports.
    /// </summary>
    public static async Task<Azurite> StartAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            var azurite = Launch();
            if (await azurite.ListensAsync(TimeSpan.FromSeconds(45)))
            {
                return azurite;
            }

            await azurite.DisposeAsync();
            if (attempt == 3)
            {
                throw new InvalidOperationException("Azurite did not listen on its ports in three attempts (45 s each).");
            }
        }
    }

    private static Azurite Launch()
    {
        var (blob, queue, table) = (FreePorts.Next(), FreePorts.Next(), FreePorts.Next());
        var script = Path.Combine(Repository.Root, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException("Azurite is not installed: run `npm ci` at the repository root (the test command does).");
        }

        var start = new ProcessStartInfo("node")
        {
            ArgumentList =
            {
                script, "--silent", "--inMemoryPersistence", "--skipApiVersionCheck", "--loose",
                "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(),
                "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(),
                "--tableHost", "127.0.0.1", "--tablePort", table.ToString(),
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (Environment.GetEnvironmentVariable("AZURITE_DEBUG_LOG") is { Length: > 0 } log)
        {
            // Every request Azurite serves, for counting a scenario's storage round trips (slows Azurite: not for figures).
            start.ArgumentList.Add("--debug");
            start.ArgumentList.Add($"{log}-{table}.log");
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new Azurite(process, blob, queue, table);
    }

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited && Environment.GetEnvironmentVariable("AZURITE_DEBUG_LOG") is { Length: > 0 })
        {
            // A graceful stop, so its debug log is written to the end.
            using var term = Process.Start("kill", ["-TERM", process.Id.ToString()]);
            process.WaitForExit(TimeSpan.FromSeconds(60));
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>True once all three ports accept connections; false when the process exits first or the time is up.</summary>
    private async Task<bool> ListensAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        foreach (var port in ports)
        {
            while (true)
            {
                if (process.HasExited || DateTime.UtcNow > deadline)
                {
                    return false;
                }

                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync("127.0.0.1", port);
                    break;
                }
                catch (SocketException)
                {
                    await Task.Delay(100);
                }
            }
        }

        return true;
    }
}
