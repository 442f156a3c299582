namespace InvoiceFunctions.Infra.Tests.Bicep;

/// <summary>CI's compile check: every Bicep file builds and lints with no error and no warning.</summary>
public sealed class BicepBuildTests
{
    private static IEnumerable<string> Files =>
        Directory.EnumerateFiles(BicepCli.InfraPath(), "*.bicep", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(BicepCli.RepositoryRoot, file))
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> BicepFiles() => new(Files);

    [Fact]
    public void Cli_FromNuGetPackage_Runs()
    {
        var result = BicepCli.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Bicep CLI version", result.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Build_EachBicepFile_NoErrorsNoWarnings(string file)
    {
        var result = BicepCli.Run("build", file, "--stdout");

        Assert.True(result.ExitCode == 0, $"bicep build {file} exited {result.ExitCode}:\n{result.StandardError}");
        Assert.Empty(result.Diagnostics);
        Assert.StartsWith("{", result.StandardOutput.TrimStart(), StringComparison.Ordinal);
    }

    /// <summary>bicep build already runs the linter on each file; lint once more on the entry point, modules included.</summary>
    [Fact]
    public void Lint_MainBicep_NoDiagnostics()
    {
        var result = BicepCli.Run("lint", Path.Combine("infra", "main.bicep"));

        Assert.True(result.ExitCode == 0, $"bicep lint infra/main.bicep exited {result.ExitCode}:\n{result.StandardError}");
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void InfraFolder_HasBicepFiles()
    {
        Assert.Contains(Path.Combine("infra", "main.bicep"), Files);
    }
}
