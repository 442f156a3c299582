using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Rendering.FacturX;
using InvoiceFunctions.Rendering.Tests.Support;

namespace InvoiceFunctions.Rendering.Tests.FacturX;

public sealed class FacturXReaderTests
{
    [Theory]
    [InlineData("EN16931_Einfach.pdf", CiiProfile.En16931, "471102", "529.87")]
    [InlineData("Facture_F20180027.pdf", CiiProfile.En16931, "F20180027", "100.00")]
    [InlineData("validAvoir_FR_type380_BASICWL.pdf", CiiProfile.BasicWl, "AV-2017-0005", "-233.47")]
    [InlineData("validXRechnung.pdf", CiiProfile.En16931, "RE-20190610/507", "571.04")]
    [InlineData("zugferd_2p1_EXTENDED_PDFA-3A.pdf", CiiProfile.Extended, "R87654321012345", "518.99")]
    public void Read_CorpusFacturXPdf_FindsXmlProfileAndInvoice(string file, CiiProfile profile, string number, string amountDue)
    {
        var extraction = FacturXReader.Read(File.ReadAllBytes(Corpus.File("facturx/pdf/" + file)));

        Assert.Equal(FacturXStatus.Found, extraction.Status);
        Assert.Equal("factur-x.xml", extraction.AttachmentName);
        Assert.Equal(profile, extraction.Profile);
        Assert.Equal(number, extraction.Read!.Invoice.Number);
        Assert.Equal(decimal.Parse(amountDue, System.Globalization.CultureInfo.InvariantCulture), extraction.Read.Invoice.Totals.AmountDue);
        Assert.Empty(extraction.Warnings);
    }

    [Fact]
    public void Read_InvalidXmpPdf_WarnsAboutTheConformanceLevel()
    {
        var extraction = FacturXReader.Read(File.ReadAllBytes(Corpus.File("facturx/pdf/invalid/invalidXMP.pdf")));

        Assert.Equal(FacturXStatus.Found, extraction.Status);
        Assert.Equal("The XMP metadata declares an unknown conformance level 'no thing'.", Assert.Single(extraction.Warnings));
    }

    [Fact]
    public void Read_ZugferdOnePdf_FindsTheXmlButReportsItUnreadable()
    {
        var extraction = FacturXReader.Read(File.ReadAllBytes(Corpus.File("facturx/pdf/zugferd_invoice.pdf")));

        Assert.Equal(FacturXStatus.Unreadable, extraction.Status);
        Assert.Equal("ZUGFeRD-invoice.xml", extraction.AttachmentName);
        Assert.Contains("ZUGFeRD 1.0", extraction.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PlainPdf_ReportsNoXmlForManualKeying()
    {
        var extraction = FacturXReader.Read(InvoicePdfRenderer.Render(SampleInvoices.Invoice(1)));

        Assert.Equal(FacturXStatus.NoXml, extraction.Status);
        Assert.Null(extraction.Xml);
    }

    [Fact]
    public void Read_OwnFacturX_RoundTripsTotals()
    {
        var invoice = SampleInvoices.Invoice(10);

        var extraction = FacturXReader.Read(FacturXWriter.Write(invoice));

        Assert.Equal(invoice.Totals, extraction.Read!.Invoice.Totals);
        Assert.Empty(extraction.Read.MissingMandatory);
        Assert.Empty(extraction.Warnings);
    }

    [Fact]
    public void Read_NotAPdf_ThrowsRenderingException() =>
        Assert.Throws<RenderingException>(() => FacturXReader.Read("not a pdf at all"u8.ToArray()));
}
