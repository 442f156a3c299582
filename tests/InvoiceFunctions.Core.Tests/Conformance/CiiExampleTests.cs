using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Core.Tests.Support;

namespace InvoiceFunctions.Core.Tests.Conformance;

/// <summary>Every official CII example: read, re-written, XSD + EN 16931 Schematron, same totals, stable round trip.</summary>
public sealed class CiiExampleTests
{
    public static TheoryData<string> Examples() => [.. Corpus.Files("cii/examples")];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Read_OfficialExample_HasNoMissingMandatoryElement(string file)
    {
        var result = CiiReader.Read(File.ReadAllText(Corpus.File(file)));

        Assert.Empty(result.MissingMandatory);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Rewrite_OfficialExample_KeepsTotalsAndVatBreakdown(string file)
    {
        var original = CiiReader.Read(File.ReadAllText(Corpus.File(file))).Invoice;

        var reread = CiiReader.Read(CiiWriter.Write(original)).Invoice;

        Assert.Equal(original.Totals, reread.Totals);
        Assert.Equal(original.VatBreakdowns, reread.VatBreakdowns);
        Assert.Equal(original.Lines.Select(l => l.NetAmount), reread.Lines.Select(l => l.NetAmount));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Rewrite_OfficialExample_IsStableOnSecondRoundTrip(string file)
    {
        var first = CiiWriter.Write(CiiReader.Read(File.ReadAllText(Corpus.File(file))).Invoice);

        var second = CiiWriter.Write(CiiReader.Read(first).Invoice);

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Rewrite_OfficialExample_PassesXsd(string file)
    {
        var xml = CiiWriter.Write(CiiReader.Read(File.ReadAllText(Corpus.File(file))).Invoice);

        Assert.Empty(XsdValidator.Validate(xml, XsdValidator.Cii));
    }

    [Fact]
    public void Rewrite_AllOfficialExamples_PassEn16931SchematronWithoutFatal()
    {
        var docs = Corpus.Files("cii/examples").ToDictionary(
            f => "cii-" + Path.GetFileNameWithoutExtension(f),
            f => CiiWriter.Write(CiiReader.Read(File.ReadAllText(Corpus.File(f))).Invoice));

        var reports = SchematronRunner.Run(SchematronRunner.CiiEn16931, docs);

        var fatal = reports.SelectMany(r => r.Value.Where(a => a.IsFatal).Select(a => $"{r.Key}: {a}")).ToList();
        Assert.True(fatal.Count == 0, string.Join(Environment.NewLine, fatal));
        Assert.Equal(10, reports.Count);
    }
}
