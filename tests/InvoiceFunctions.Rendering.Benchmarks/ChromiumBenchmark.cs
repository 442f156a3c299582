using System.Diagnostics;
using Microsoft.Playwright;

namespace InvoiceFunctions.Rendering.Benchmarks;

/// <summary>
/// The browser route: the invoice as HTML, printed to PDF by the Debian chromium through Playwright (one page reused, as
/// a warm rendering service would). CPU and memory are counted over the browser's processes, the Playwright driver and
/// this process.
/// </summary>
internal sealed class ChromiumBenchmark : IAsyncDisposable
{
    private static readonly string[] Args =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly IPlaywright playwright;
    private readonly IBrowserContext context;
    private readonly string profile;

    private ChromiumBenchmark(IPlaywright playwright, IBrowserContext context, string profile)
    {
        this.playwright = playwright;
        this.context = context;
        this.profile = profile;
    }

    public static async Task<ChromiumBenchmark> StartAsync()
    {
        var profile = Directory.CreateTempSubdirectory("chromium-bench-").FullName;
        var playwright = await Playwright.CreateAsync();
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = Args,
        });
        return new ChromiumBenchmark(playwright, context, profile);
    }

    public async Task<Measurement> RunAsync(int lines, string html, TimeSpan duration)
    {
        var page = await context.NewPageAsync();
        async Task<byte[]> PrintAsync()
        {
            await page.SetContentAsync(html);
            return await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
        }

        for (var i = 0; i < 5; i++)
        {
            await PrintAsync();
        }

        var pids = Processes();
        var cpuBefore = pids.Sum(ProcessStats.CpuSeconds);
        long peak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, Processes().Sum(ProcessStats.Rss));
                await Task.Delay(100);
            }
        });
        var latencies = new List<double>();
        long bytes = 0;
        var wall = Stopwatch.StartNew();
        while (wall.Elapsed < duration)
        {
            var start = Stopwatch.GetTimestamp();
            bytes = (await PrintAsync()).Length;
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        var elapsed = wall.Elapsed.TotalSeconds;
        var cpu = Processes().Sum(ProcessStats.CpuSeconds) - cpuBefore;
        await sampling.CancelAsync();
        await sampler;
        await page.CloseAsync();
        return new Measurement("Chromium (HTML to PDF)", lines, latencies, cpu, elapsed, peak, bytes);
    }

    /// <summary>The browser's processes (their command line names the profile folder), the Playwright driver, and this process.</summary>
    private List<int> Processes() =>
        [.. ProcessStats.WithCommandLine(profile), .. ProcessStats.WithCommandLine("run-driver"), Environment.ProcessId];

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
        playwright.Dispose();
        Directory.Delete(profile, recursive: true);
    }
}
