using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Core.Formats.Ubl;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Tests.Support;
using InvoiceFunctions.Core.Validation;

namespace InvoiceFunctions.Core.Tests.Conformance;

/// <summary>Our generated invoices: valid under our rules, and written as CII and UBL they pass the official XSD and Schematron.</summary>
public sealed class GeneratedInvoiceTests
{
    public static TheoryData<string> Names() => [.. GeneratedInvoices.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Validate_GeneratedInvoice_HasNoFailure(string name)
    {
        var g = GeneratedInvoices.All[name];

        var report = InvoiceValidator.Validate(g.Invoice, g.Profile);

        Assert.True(report.Failures.Count == 0, string.Join(Environment.NewLine, report.Failures));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void WriteCii_GeneratedInvoice_PassesXsdAndRoundTripsLosslessly(string name)
    {
        var invoice = GeneratedInvoices.All[name].Invoice;

        var xml = CiiWriter.Write(invoice);
        var read = CiiReader.Read(xml);

        Assert.Empty(XsdValidator.Validate(xml, XsdValidator.Cii));
        Assert.Empty(read.MissingMandatory);
        Assert.Empty(read.Unsupported);
        Assert.Equal(xml, CiiWriter.Write(read.Invoice));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void WriteUbl_GeneratedInvoice_PassesXsdAndRoundTripsLosslessly(string name)
    {
        var invoice = GeneratedInvoices.All[name].Invoice;

        var xml = UblWriter.Write(invoice);
        var read = UblReader.Read(xml);

        Assert.Empty(XsdValidator.Validate(xml, invoice.TypeCode == InvoiceTypeCode.CreditNote ? XsdValidator.UblCreditNote : XsdValidator.UblInvoice));
        Assert.Empty(read.MissingMandatory);
        Assert.Empty(read.Unsupported);
        Assert.Equal(xml, UblWriter.Write(read.Invoice));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ConvertUblToCii_GeneratedInvoice_EqualsDirectCii(string name)
    {
        var invoice = GeneratedInvoices.All[name].Invoice;

        var viaUbl = UblReader.Read(UblWriter.Write(invoice)).Invoice;

        // UBL always carries a business process (BT-23): Peppol's when the invoice had none.
        var expected = invoice with { BusinessProcessType = invoice.BusinessProcessType ?? UblNames.PeppolProfileId };
        Assert.Equal(CiiWriter.Write(expected), CiiWriter.Write(viaUbl));
    }

    [Fact]
    public void WriteCii_AllGeneratedInvoices_PassEn16931Schematron()
    {
        var docs = GeneratedInvoices.All.ToDictionary(g => "gen-cii-" + g.Key, g => CiiWriter.Write(g.Value.Invoice));

        CrossSyntaxTests.AssertClean(docs, d => XsdValidator.Validate(d, XsdValidator.Cii), SchematronRunner.CiiEn16931);
    }

    [Fact]
    public void WriteUbl_AllGeneratedInvoices_PassEn16931Schematron()
    {
        var docs = GeneratedInvoices.All.ToDictionary(g => "gen-ubl-" + g.Key, g => UblWriter.Write(g.Value.Invoice));

        CrossSyntaxTests.AssertClean(docs, _ => [], SchematronRunner.UblEn16931);
    }

    [Fact]
    public void WriteUbl_PeppolGeneratedInvoices_PassPeppolSchematron()
    {
        var docs = GeneratedInvoices.All.Where(g => g.Value.Peppol).ToDictionary(g => "gen-peppol-" + g.Key, g => UblWriter.Write(g.Value.Invoice));

        CrossSyntaxTests.AssertClean(docs, _ => [], SchematronRunner.UblPeppol);
    }
}
