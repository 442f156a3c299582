using InvoiceFunctions.Core.Formats;
using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Core.Formats.Ubl;
using InvoiceFunctions.Core.Tests.Support;
using InvoiceFunctions.Core.Validation;

namespace InvoiceFunctions.Core.Tests.Conformance;

/// <summary>Official examples converted to the other syntax: schema-valid, Schematron-clean, same totals; and clean under our own rule engine.</summary>
public sealed class CrossSyntaxTests
{
    public static TheoryData<string> AllExamples() => [.. Corpus.Files("cii/examples"), .. Corpus.Files("ubl/examples")];

    [Theory]
    [MemberData(nameof(AllExamples))]
    public void Validate_OfficialExample_HasNoFatalFailure(string file)
    {
        var report = InvoiceXml.Validate(File.ReadAllText(Corpus.File(file)));

        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Failures));
    }

    [Theory]
    [MemberData(nameof(AllExamples))]
    public void Convert_OfficialExample_KeepsTotalsInOtherSyntax(string file)
    {
        var original = InvoiceXml.Read(File.ReadAllText(Corpus.File(file))).Invoice;
        var target = file.StartsWith("cii", StringComparison.Ordinal) ? InvoiceSyntax.Ubl : InvoiceSyntax.Cii;

        var converted = InvoiceXml.Read(InvoiceXml.Write(original, target)).Invoice;

        // UBL always carries the VAT total (BT-110); CII may omit it when it is zero.
        Assert.Equal(original.Totals with { TaxTotal = original.Totals.TaxTotal ?? 0m }, converted.Totals with { TaxTotal = converted.Totals.TaxTotal ?? 0m });
        Assert.Equal(original.VatBreakdowns, converted.VatBreakdowns);
    }

    [Fact]
    public void Convert_CiiExamplesToUbl_PassXsdAndSchematron()
    {
        var docs = Corpus.Files("cii/examples").ToDictionary(
            f => "cii2ubl-" + Path.GetFileNameWithoutExtension(f),
            f => UblWriter.Write(CiiReader.Read(File.ReadAllText(Corpus.File(f))).Invoice));

        AssertClean(docs, d => XsdValidator.Validate(d, d.Contains("<CreditNote", StringComparison.Ordinal) ? XsdValidator.UblCreditNote : XsdValidator.UblInvoice), SchematronRunner.UblEn16931);
    }

    [Fact]
    public void Convert_UblExamplesToCii_PassXsdAndSchematron()
    {
        var docs = Corpus.Files("ubl/examples").ToDictionary(
            f => "ubl2cii-" + Path.GetFileNameWithoutExtension(f),
            f => CiiWriter.Write(UblReader.Read(File.ReadAllText(Corpus.File(f))).Invoice));

        AssertClean(docs, d => XsdValidator.Validate(d, XsdValidator.Cii), SchematronRunner.CiiEn16931);
    }

    internal static void AssertClean(Dictionary<string, string> docs, Func<string, IReadOnlyList<string>> xsd, string stylesheet)
    {
        var schemaErrors = docs.SelectMany(d => xsd(d.Value).Select(e => $"{d.Key}: {e}")).ToList();
        var reports = SchematronRunner.Run(stylesheet, docs);
        var fatal = reports.SelectMany(r => r.Value.Where(a => a.IsFatal).Select(a => $"{r.Key}: {a}")).ToList();

        Assert.True(schemaErrors.Count == 0, string.Join(Environment.NewLine, schemaErrors));
        Assert.True(fatal.Count == 0, string.Join(Environment.NewLine, fatal));
    }
}
