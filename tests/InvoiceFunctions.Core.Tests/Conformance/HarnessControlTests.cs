using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Core.Formats.Ubl;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Tests.Support;

namespace InvoiceFunctions.Core.Tests.Conformance;

/// <summary>Negative controls: the XSD and Schematron harnesses do reject bad documents, so their passes mean something.</summary>
public sealed class HarnessControlTests
{
    private static Invoice Sample => GeneratedInvoices.All["standard-peppol"].Invoice;

    [Fact]
    public void Schematron_MinimumProfileUnderEn16931Rules_ReportsFatal()
    {
        var xml = CiiWriter.Write(Sample, CiiProfile.Minimum);

        var report = SchematronRunner.Run(SchematronRunner.CiiEn16931, new Dictionary<string, string> { ["control-minimum"] = xml });

        Assert.Contains(report.Single().Value, a => a.IsFatal && a.Id == "BR-16");
    }

    [Fact]
    public void Schematron_WrongTotalInUbl_ReportsBrCo15()
    {
        var wrong = Sample with { Totals = Sample.Totals with { TaxInclusiveAmount = Sample.Totals.TaxInclusiveAmount + 1m } };

        var report = SchematronRunner.Run(SchematronRunner.UblEn16931, new Dictionary<string, string> { ["control-brco15"] = UblWriter.Write(wrong) });

        Assert.Contains(report.Single().Value, a => a.IsFatal && a.Id == "BR-CO-15");
    }

    [Fact]
    public void Xsd_En16931DocumentAgainstMinimumSchema_ReportsErrors()
    {
        var xml = CiiWriter.Write(Sample, CiiProfile.En16931);

        Assert.NotEmpty(XsdValidator.Validate(xml, XsdValidator.FacturX("MINIMUM")));
    }

    [Fact]
    public void FacturXSchematron_UnknownDocumentTypeCode_ReportsError()
    {
        var xml = CiiWriter.Write(Sample with { TypeCode = (InvoiceTypeCode)999 }, CiiProfile.En16931);

        var report = SchematronRunner.Run(SchematronRunner.FacturX("EN16931"), new Dictionary<string, string> { ["control-fx-typecode"] = xml });

        Assert.Contains(report.Single().Value, a => a.IsError && a.Id.StartsWith("FX-SCH", StringComparison.Ordinal));
    }
}
