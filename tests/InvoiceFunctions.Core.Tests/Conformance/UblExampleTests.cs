using InvoiceFunctions.Core.Formats.Ubl;
using InvoiceFunctions.Core.Tests.Support;

namespace InvoiceFunctions.Core.Tests.Conformance;

/// <summary>Every official UBL example: read, re-written, XSD + EN 16931 (and Peppol) Schematron, same totals, stable round trip.</summary>
public sealed class UblExampleTests
{
    public static TheoryData<string> Examples() => [.. Corpus.Files("ubl/examples")];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Read_OfficialExample_HasNoMissingMandatoryElement(string file)
    {
        var result = UblReader.Read(File.ReadAllText(Corpus.File(file)));

        Assert.Empty(result.MissingMandatory);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Rewrite_OfficialExample_KeepsTotalsAndVatBreakdown(string file)
    {
        var original = UblReader.Read(File.ReadAllText(Corpus.File(file))).Invoice;

        var reread = UblReader.Read(UblWriter.Write(original)).Invoice;

        Assert.Equal(original.Totals, reread.Totals);
        Assert.Equal(original.VatBreakdowns, reread.VatBreakdowns);
        Assert.Equal(original.Lines.Select(l => l.NetAmount), reread.Lines.Select(l => l.NetAmount));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Rewrite_OfficialExample_IsStableOnSecondRoundTrip(string file)
    {
        var first = UblWriter.Write(UblReader.Read(File.ReadAllText(Corpus.File(file))).Invoice);

        var second = UblWriter.Write(UblReader.Read(first).Invoice);

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Rewrite_OfficialExample_PassesXsd(string file)
    {
        var invoice = UblReader.Read(File.ReadAllText(Corpus.File(file))).Invoice;

        var xml = UblWriter.Write(invoice);

        var schema = invoice.TypeCode == Model.InvoiceTypeCode.CreditNote ? XsdValidator.UblCreditNote : XsdValidator.UblInvoice;
        Assert.Empty(XsdValidator.Validate(xml, schema));
    }

    [Fact]
    public void Rewrite_AllOfficialExamples_PassEn16931SchematronWithoutFatal()
    {
        var reports = SchematronRunner.Run(SchematronRunner.UblEn16931, Rewritten(Corpus.Files("ubl/examples")));

        var fatal = reports.SelectMany(r => r.Value.Where(a => a.IsFatal).Select(a => $"{r.Key}: {a}")).ToList();
        Assert.True(fatal.Count == 0, string.Join(Environment.NewLine, fatal));
        Assert.Equal(44, reports.Count);
    }

    [Fact]
    public void Rewrite_PeppolExamples_PassPeppolSchematronWithoutFatal()
    {
        var peppol = Corpus.Files("ubl/examples").Where(f => Path.GetFileName(f).StartsWith("peppol-", StringComparison.Ordinal));

        var reports = SchematronRunner.Run(SchematronRunner.UblPeppol, Rewritten(peppol));

        var fatal = reports.SelectMany(r => r.Value.Where(a => a.IsFatal).Select(a => $"{r.Key}: {a}")).ToList();
        Assert.True(fatal.Count == 0, string.Join(Environment.NewLine, fatal));
        Assert.Equal(8, reports.Count);
    }

    private static Dictionary<string, string> Rewritten(IEnumerable<string> files) => files.ToDictionary(
        f => "ubl-" + Path.GetFileNameWithoutExtension(f),
        f => UblWriter.Write(UblReader.Read(File.ReadAllText(Corpus.File(f))).Invoice));
}
