using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Benchmarks;

/// <summary>
/// The HTTP baseline: a minimal Kestrel app on 127.0.0.1 doing the bench/echo function's work, run as its own
/// process (this assembly with --bare-server), as the local host is.
/// </summary>
public static class BareServer
{
    public const string Argument = "--bare-server";

    public static async Task RunAsync(int port, int parentPid)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, o => o.Protocols = HttpProtocols.Http1));
        builder.Services.AddRoutingCore();
        if (Environment.GetEnvironmentVariable("BARE_LOGGING") == "1")
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            builder.Logging.SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Information);
            builder.Logging.AddFilter("Microsoft.AspNetCore", Microsoft.Extensions.Logging.LogLevel.Warning);
        }

        var app = builder.Build();
        app.UseRouting();
        app.MapPost("/api/bench/echo", async (HttpRequest request) =>
        {
            var item = await request.ReadFromJsonAsync<BenchItem>(request.HttpContext.RequestAborted);
            return Results.Ok(new BenchResult(item!.Id, item.Name, item.Amount, decimal.Round(item.Amount * 0.2m, 2), true));
        });
        app.MapGet("/health", () => Results.Ok());
        await app.StartAsync();
        // Bounded: ends with its parent, or after an hour at most.
        using var parent = Process.GetProcessById(parentPid);
        await parent.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromHours(1)).Token).ContinueWith(_ => { }, TaskScheduler.Default);
        await app.StopAsync();
    }

    /// <summary>Starts the baseline as a child process and waits until it answers.</summary>
    public static async Task<ChildServer> StartAsync()
    {
        var port = Testing.FreePorts.Next();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { typeof(BareServer).Assembly.Location, Argument, port.ToString(), Environment.ProcessId.ToString() },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ChildServer(process, port);
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                (await http.GetAsync("health")).EnsureSuccessStatusCode();
                return server;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    public sealed class ChildServer(Process process, int port) : IAsyncDisposable
    {
        public Uri BaseAddress { get; } = new($"http://127.0.0.1:{port}/");

        public ValueTask DisposeAsync()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            process.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
