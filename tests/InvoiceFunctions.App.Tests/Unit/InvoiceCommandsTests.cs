using System.Text.RegularExpressions;
using InvoiceFunctions.Cli;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.Unit;

/// <summary>./invoicefn validate and convert on the official examples (../shared/conformance).</summary>
public sealed class InvoiceCommandsTests : IDisposable
{
    private static readonly string Conformance = Path.Combine(Repository.Root, "..", "shared", "conformance");
    private readonly string work = Directory.CreateTempSubdirectory("invoicefn-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Theory]
    [InlineData("cii/examples/CII_example1.xml")]
    [InlineData("ubl/examples/BIS3_Invoice_positive.xml")]
    [InlineData("facturx/pdf/EN16931_Einfach.pdf")]
    public async Task Validate_OfficialExample_Exit0(string example)
    {
        var (code, output, _) = await RunAsync("validate", Path.Combine(Conformance, example));

        Assert.Equal(0, code);
        Assert.Contains(": valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_GrandTotalAltered_Exit1WithRuleIdAndPath()
    {
        var xml = await File.ReadAllTextAsync(Path.Combine(Conformance, "cii/examples/CII_example1.xml"));
        var altered = Regex.Replace(xml, @"(<ram:GrandTotalAmount[^>]*>)([0-9.]+)(<)", m => m.Groups[1].Value + (decimal.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1m).ToString(System.Globalization.CultureInfo.InvariantCulture) + m.Groups[3].Value);
        var file = Path.Combine(work, "altered.xml");
        await File.WriteAllTextAsync(file, altered);

        var (code, output, _) = await RunAsync("validate", file);

        Assert.NotEqual(xml, altered);
        Assert.Equal(1, code);
        Assert.Contains("BR-CO-15", output, StringComparison.Ordinal);
        Assert.Contains("invalid", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_CiiToUbl_WritesAValidUblOfTheSameInvoice()
    {
        var target = Path.Combine(work, "out.xml");

        var (code, _, _) = await RunAsync("convert", Path.Combine(Conformance, "cii/examples/CII_example1.xml"), "--to", "ubl", "--out", target);
        var (validCode, _, _) = await RunAsync("validate", target);

        Assert.Equal(0, code);
        var ubl = await File.ReadAllTextAsync(target);
        Assert.Contains("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", ubl, StringComparison.Ordinal);
        Assert.Equal(0, validCode);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("convert", "x.xml", "--to", "pdf", "--out", "y")]
    [InlineData("validate", "x.xml", "--profile", "martian")]
    public async Task Usage_Wrong_Exit2(params string[] args) => Assert.Equal(2, (await RunAsync(args)).Code);

    [Fact]
    public async Task Validate_NotXml_Exit1WithTheReason()
    {
        var file = Path.Combine(work, "junk.xml");
        await File.WriteAllTextAsync(file, "not an invoice");

        var (code, _, error) = await RunAsync("validate", file);

        Assert.Equal(1, code);
        Assert.Contains("Cannot read", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
