using InvoiceFunctions.Cli;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.Unit;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--help", 0)]
    [InlineData("-h", 0)]
    public async Task Help_PrintsTheVerbs(string flag, int exitCode)
    {
        var (code, output, _) = await RunAsync(flag);

        Assert.Equal(exitCode, code);
        Assert.Contains("version", output, StringComparison.Ordinal);
        Assert.Contains("functions", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_PrintsTheAssemblyVersion()
    {
        var (code, output, _) = await RunAsync("version");

        Assert.Equal(0, code);
        Assert.Matches(@"^invoicefn \d+\.\d+\.\d+", output);
    }

    [Fact]
    public async Task Functions_ListsTheBuiltApp()
    {
        var (code, output, _) = await RunAsync("functions", "--app", Repository.ProductAppFolder);

        Assert.Equal(0, code);
        Assert.Contains("GetCompany", output, StringComparison.Ordinal);
        Assert.Contains("HTTP GET /api/companies/{company} (Anonymous)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownVerb_ExitCode2WithAHint()
    {
        var (code, _, error) = await RunAsync("frobnicate");

        Assert.Equal(2, code);
        Assert.Contains("--help", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
