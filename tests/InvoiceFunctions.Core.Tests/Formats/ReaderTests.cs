using InvoiceFunctions.Core.Formats;
using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Core.Formats.Ubl;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Tests.Support;

namespace InvoiceFunctions.Core.Tests.Formats;

public sealed class ReaderTests
{
    private static Invoice Sample => GeneratedInvoices.All["standard-fr-allowances"].Invoice;

    [Fact]
    public void ReadCii_UnknownElement_IsReportedAsUnsupported()
    {
        var xml = CiiWriter.Write(Sample).Replace("<ram:BuyerReference>", "<ram:BuyerRequisitionerTradeParty><ram:Name>X</ram:Name></ram:BuyerRequisitionerTradeParty><ram:BuyerReference>", StringComparison.Ordinal);

        var read = CiiReader.Read(xml);

        Assert.Equal("CrossIndustryInvoice/SupplyChainTradeTransaction/ApplicableHeaderTradeAgreement/BuyerRequisitionerTradeParty", Assert.Single(read.Unsupported));
    }

    [Fact]
    public void ReadUbl_UnknownElement_IsReportedAsUnsupported()
    {
        var xml = UblWriter.Write(Sample).Replace("<cbc:DocumentCurrencyCode>", "<cbc:PricingCurrencyCode>EUR</cbc:PricingCurrencyCode><cbc:DocumentCurrencyCode>", StringComparison.Ordinal);

        var read = UblReader.Read(xml);

        Assert.Equal("Invoice/PricingCurrencyCode", Assert.Single(read.Unsupported));
    }

    [Fact]
    public void ReadUbl_OtherNamespacePrefixes_ReadsSameModel()
    {
        var xml = UblWriter.Write(Sample).Replace("cbc:", "b:", StringComparison.Ordinal).Replace("xmlns:cbc=", "xmlns:b=", StringComparison.Ordinal);

        var read = UblReader.Read(xml);

        Assert.Equal(UblWriter.Write(Sample), UblWriter.Write(read.Invoice));
    }

    [Fact]
    public void ReadCii_MissingMandatoryElements_ReportsTheirRules()
    {
        var xml = """
            <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100">
              <rsm:ExchangedDocument><ram:TypeCode>380</ram:TypeCode></rsm:ExchangedDocument>
            </rsm:CrossIndustryInvoice>
            """;

        var read = CiiReader.Read(xml);

        Assert.Superset(new HashSet<string> { "BR-01", "BR-02", "BR-03", "BR-05", "BR-06", "BR-07", "BR-12", "BR-13", "BR-14", "BR-15" }, read.MissingMandatory.Select(f => f.RuleId).ToHashSet());
    }

    [Fact]
    public void ReadUbl_CreditNote_ReadsCreditNoteTypeAndLines()
    {
        var credit = GeneratedInvoices.All["credit-note"].Invoice;

        var read = UblReader.Read(UblWriter.Write(credit)).Invoice;

        Assert.Equal((InvoiceTypeCode.CreditNote, 1, "FA-2026-0001"), (read.TypeCode, read.Lines.Count, read.PrecedingInvoices[0].Number));
    }

    [Theory]
    [InlineData("#AAB#Escompte 2 %", "AAB", "Escompte 2 %")]
    [InlineData("Plain note", null, "Plain note")]
    [InlineData("#notacode", null, "#notacode")]
    public void ReadUbl_NoteWithSubjectCodePrefix_SplitsCodeAndText(string text, string? code, string expected)
    {
        var xml = UblWriter.Write(Sample with { Notes = [new Note(text)] });

        var note = Assert.Single(UblReader.Read(xml).Invoice.Notes);

        Assert.Equal((code, expected), (note.SubjectCode, note.Text));
    }

    [Theory]
    [InlineData("cii", InvoiceSyntax.Cii)]
    [InlineData("ubl", InvoiceSyntax.Ubl)]
    public void Detect_WrittenDocument_FindsSyntax(string writer, InvoiceSyntax expected)
    {
        var xml = writer == "cii" ? CiiWriter.Write(Sample) : UblWriter.Write(Sample);

        Assert.Equal(expected, InvoiceXml.Detect(System.Xml.Linq.XDocument.Parse(xml)));
    }

    [Fact]
    public void Validate_DocumentWithBrokenTotal_ReportsReaderAndRuleFailuresTogether()
    {
        var xml = CiiWriter.Write(Sample with { Number = "", Totals = Sample.Totals with { AmountDue = 1m } });

        var report = InvoiceXml.Validate(xml, Core.Validation.ValidationProfile.France);

        Assert.Superset(new HashSet<string> { "BR-02", "BR-CO-16" }, report.FailedRuleIds.ToHashSet());
    }

    [Theory]
    [InlineData(CiiProfile.Minimum, "urn:factur-x.eu:1p0:minimum")]
    [InlineData(CiiProfile.BasicWl, "urn:factur-x.eu:1p0:basicwl")]
    [InlineData(CiiProfile.Basic, "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic")]
    [InlineData(CiiProfile.En16931, "urn:cen.eu:en16931:2017")]
    [InlineData(CiiProfile.Extended, "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended")]
    public void GuidelineId_Profile_IsTheFacturXIdentifier(CiiProfile profile, string expected)
    {
        Assert.Equal(expected, profile.GuidelineId());
        Assert.Equal(profile, CiiProfiles.FromGuidelineId(expected));
    }

    [Theory]
    [InlineData(CiiProfile.Minimum, 0)]
    [InlineData(CiiProfile.BasicWl, 0)]
    [InlineData(CiiProfile.Basic, 3)]
    [InlineData(CiiProfile.En16931, 3)]
    public void WriteCii_Profile_WritesLinesOnlyFromBasic(CiiProfile profile, int lines)
    {
        var read = CiiReader.Read(CiiWriter.Write(Sample, profile)).Invoice;

        Assert.Equal(lines, read.Lines.Count);
        Assert.Equal(Sample.Totals.AmountDue, read.Totals.AmountDue);
    }
}
