using InvoiceFunctions.Core.Formats;
using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Core.Tests.Support;

namespace InvoiceFunctions.Core.Tests.Conformance;

/// <summary>The CII XML embedded in the official Factur-X / ZUGFeRD PDFs: read, re-written in its profile, XSD and Factur-X Schematron clean.</summary>
public sealed class FacturXPdfTests
{
    /// <summary>The Factur-X 1.x / ZUGFeRD 2.x PDFs whose content is within EN 16931 (the EXTENDED one is tested apart).</summary>
    public static TheoryData<string> Pdfs() =>
        ["facturx/pdf/EN16931_Einfach.pdf", "facturx/pdf/Facture_F20180027.pdf", "facturx/pdf/validAvoir_FR_type380_BASICWL.pdf", "facturx/pdf/validXRechnung.pdf"];

    [Theory]
    [MemberData(nameof(Pdfs))]
    public void Rewrite_EmbeddedFacturXXml_PassesProfileXsdAndSchematron(string pdf)
    {
        var xml = PdfAttachments.Extract(Corpus.File(pdf))["factur-x.xml"];
        var read = CiiReader.Read(xml);
        var profile = CiiProfiles.FromGuidelineId(read.Invoice.SpecificationId);

        var rewritten = CiiWriter.Write(read.Invoice, profile);

        Assert.Empty(read.Unsupported);

        Assert.Empty(XsdValidator.Validate(rewritten, XsdValidator.FacturX(FacturXProfileTests.Folder(profile))));
        var report = SchematronRunner.Run(SchematronRunner.FacturX(FacturXProfileTests.Stylesheet(profile)), new Dictionary<string, string> { ["pdf-" + Path.GetFileNameWithoutExtension(pdf)] = rewritten });
        Assert.DoesNotContain(report.Single().Value, a => a.IsError);
        Assert.Equal(read.Invoice.Totals, CiiReader.Read(rewritten).Invoice.Totals);
    }

    [Fact]
    public void Read_ExtendedPdf_ReportsExtendedOnlyContentAsUnsupported()
    {
        var xml = PdfAttachments.Extract(Corpus.File("facturx/pdf/zugferd_2p1_EXTENDED_PDFA-3A.pdf"))["factur-x.xml"];

        var read = CiiReader.Read(xml);

        Assert.Equal(CiiProfile.Extended, CiiProfiles.FromGuidelineId(read.Invoice.SpecificationId));
        Assert.Empty(read.MissingMandatory);
        Assert.Contains("CrossIndustryInvoice/SupplyChainTradeTransaction/ApplicableHeaderTradeSettlement/SpecifiedLogisticsServiceCharge", read.Unsupported);
        Assert.Contains("CrossIndustryInvoice/SupplyChainTradeTransaction/ApplicableHeaderTradeSettlement/InvoiceeTradeParty", read.Unsupported);
    }

    [Fact]
    public void Read_ZugferdOnePdf_IsRefusedWithClearError()
    {
        var xml = PdfAttachments.Extract(Corpus.File("facturx/pdf/zugferd_invoice.pdf"))["ZUGFeRD-invoice.xml"];

        var error = Assert.Throws<InvoiceFormatException>(() => InvoiceXml.Read(xml));

        Assert.Contains("ZUGFeRD 1.0", error.Message, StringComparison.Ordinal);
    }
}
