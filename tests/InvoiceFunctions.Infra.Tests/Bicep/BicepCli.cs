using System.Diagnostics;
using System.Reflection;

namespace InvoiceFunctions.Infra.Tests.Bicep;

/// <summary>The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 NuGet package (path baked in at build).</summary>
public static class BicepCli
{
    public static string ExecutablePath { get; } = Metadata("BicepPath");

    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string InfraPath(params string[] parts) => Path.Combine([RepositoryRoot, "infra", .. parts]);

    /// <summary>Runs the CLI with the repository root as working directory; fails the test after two minutes.</summary>
    public static BicepResult Run(params string[] arguments)
    {
        EnsureExecutable();
        var start = new ProcessStartInfo(ExecutablePath)
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No telemetry, no update check: CI has no internet beyond the package registries.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {ExecutablePath}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish in 2 minutes");
        }

        return new BicepResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>NuGet keeps the package's execute bit on Linux; restore it if an extraction lost it.</summary>
    private static void EnsureExecutable()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new FileNotFoundException("The Bicep CLI is missing: restore tests/InvoiceFunctions.Infra.Tests", ExecutablePath);
        }

        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(ExecutablePath).HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(ExecutablePath, File.GetUnixFileMode(ExecutablePath) | UnixFileMode.UserExecute);
        }
    }

    private static string Metadata(string key) =>
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is missing");
}

/// <summary>Exit code and output of one CLI run. Diagnostics (warnings, errors) go to standard error.</summary>
public sealed record BicepResult(int ExitCode, string StandardOutput, string StandardError)
{
    public IReadOnlyList<string> Diagnostics { get; } =
        StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
