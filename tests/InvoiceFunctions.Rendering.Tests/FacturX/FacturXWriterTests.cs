using System.Text;
using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Rendering.FacturX;
using InvoiceFunctions.Rendering.Tests.Support;

namespace InvoiceFunctions.Rendering.Tests.FacturX;

public sealed class FacturXWriterTests
{
    private static readonly Lazy<byte[]> TenLines = new(() => FacturXWriter.Write(SampleInvoices.Invoice(10)));

    [Fact]
    public void Write_Invoice_PdfdetachListsFacturXXml()
    {
        var list = Tool.WithFile(TenLines.Value, ".pdf", path => Tool.Run("pdfdetach", "-list", path));

        Assert.Equal(0, list.ExitCode);
        Assert.Equal("1 embedded files\n1: factur-x.xml\n", list.Output);
    }

    [Fact]
    public void Write_Invoice_QpdfCheckPassesWithoutWarnings()
    {
        var check = Tool.WithFile(TenLines.Value, ".pdf", path => Tool.Run("qpdf", "--check", path));

        Assert.Equal(0, check.ExitCode);
        Assert.Contains("No syntax or stream encoding errors found", check.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", check.Output + check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Invoice_PdfinfoShowsMetadataStreamAndOnePage()
    {
        var info = Tool.WithFile(TenLines.Value, ".pdf", path => Tool.Run("pdfinfo", path)).Output;

        Assert.Matches(@"Metadata Stream:\s+yes", info);
        Assert.Matches(@"Pages:\s+1\n", info);
        Assert.Matches(@"Title:\s+FACTURE F-2026-0042", info);
        Assert.InRange(TenLines.Value.Length, 1000, 60 * 1024);
    }

    [Fact]
    public void Write_Invoice_ProducerIsOursInInfoAndXmpAlike()
    {
        var producer = Tool.WithFile(TenLines.Value, ".pdf", path => Tool.Run("pdfinfo", path)).Output.Split('\n').Single(l => l.StartsWith("Producer:", StringComparison.Ordinal))["Producer:".Length..].Trim();
        var xmp = Tool.WithFile(TenLines.Value, ".pdf", path => Tool.Run("pdfinfo", "-meta", path)).Output;

        Assert.Matches(@"^InvoiceFunctions \d+\.\d+\.\d+$", producer);
        Assert.Contains($"<pdf:Producer>{producer}</pdf:Producer>", xmp, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Invoice_EmbeddedXmlIsTheCiiWritersOutput()
    {
        var detached = Tool.WithFile(TenLines.Value, ".pdf", path =>
        {
            var xml = path + ".xml";
            Tool.Run("pdfdetach", "-save", "1", "-o", xml, path);
            var text = File.ReadAllText(xml, Encoding.UTF8);
            File.Delete(xml);
            return text;
        });

        Assert.Equal(CiiWriter.Write(SampleInvoices.Invoice(10), CiiProfile.En16931), detached);
    }

    [Fact]
    public void Write_Invoice_PdfPigReadsNumberAndAmountDue()
    {
        var text = PdfText.All(TenLines.Value);

        Assert.Contains("F-2026-0042", text, StringComparison.Ordinal);
        Assert.Contains("21 801,37 €", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CiiProfile.Minimum, "MINIMUM", "Data")]
    [InlineData(CiiProfile.BasicWl, "BASIC WL", "Data")]
    [InlineData(CiiProfile.Basic, "BASIC", "Alternative")]
    [InlineData(CiiProfile.En16931, "EN 16931", "Alternative")]
    [InlineData(CiiProfile.Extended, "EXTENDED", "Alternative")]
    public void Write_Profile_DeclaresPdfA3BConformanceLevelAndRelationship(CiiProfile profile, string level, string relationship)
    {
        var raw = Encoding.Latin1.GetString(FacturXWriter.Write(SampleInvoices.Invoice(2), profile));

        Assert.Contains("<pdfaid:part>3</pdfaid:part>", raw, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", raw, StringComparison.Ordinal);
        Assert.Contains($"<fx:ConformanceLevel>{level}</fx:ConformanceLevel>", raw, StringComparison.Ordinal);
        Assert.Contains("<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>", raw, StringComparison.Ordinal);
        Assert.Contains($"/AFRelationship /{relationship}", raw, StringComparison.Ordinal);
        Assert.Contains("/OutputIntents [", raw, StringComparison.Ordinal);
        Assert.Contains("/S /GTS_PDFA1", raw, StringComparison.Ordinal);
        Assert.Contains("/AF [", raw, StringComparison.Ordinal);
        Assert.Matches(@"/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]", raw);
    }

    [Theory]
    [InlineData(CiiProfile.Minimum, "MINIMUM", "MINIMUM")]
    [InlineData(CiiProfile.BasicWl, "BASICWL", "BASIC-WL")]
    [InlineData(CiiProfile.Basic, "BASIC", "BASIC")]
    [InlineData(CiiProfile.En16931, "EN16931", "EN16931")]
    [InlineData(CiiProfile.Extended, "EXTENDED", "EXTENDED")]
    public void Write_Profile_ExtractedXmlPassesProfileXsdAndSchematron(CiiProfile profile, string folder, string stylesheet)
    {
        var extraction = FacturXReader.Read(FacturXWriter.Write(SampleInvoices.Invoice(4), profile));

        Assert.Equal(FacturXStatus.Found, extraction.Status);
        Assert.Equal(profile, extraction.Profile);
        Assert.Empty(XsdValidator.Validate(extraction.Xml!, XsdValidator.FacturX(folder)));
        var report = SchematronRunner.Run(SchematronRunner.FacturX(stylesheet), new Dictionary<string, string> { ["rendered-" + folder] = extraction.Xml! });
        Assert.DoesNotContain(report.Single().Value, a => a.IsError);
    }
}
