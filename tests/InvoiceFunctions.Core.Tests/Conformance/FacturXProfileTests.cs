using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Core.Tests.Support;

namespace InvoiceFunctions.Core.Tests.Conformance;

/// <summary>The CII writer in each Factur-X profile: the profile's XSD and its Factur-X 1.09 Schematron accept the output.</summary>
public sealed class FacturXProfileTests
{
    public static TheoryData<CiiProfile> Profiles() => [.. Enum.GetValues<CiiProfile>()];

    public static TheoryData<string> Examples() => [.. Corpus.Files("facturx/examples")];

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Write_GeneratedInvoiceInProfile_PassesProfileXsd(CiiProfile profile)
    {
        var xml = CiiWriter.Write(GeneratedInvoices.All["standard-fr-allowances"].Invoice, profile);

        Assert.Empty(XsdValidator.Validate(xml, XsdValidator.FacturX(Folder(profile))));
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Write_GeneratedInvoicesInProfile_PassFacturXSchematron(CiiProfile profile)
    {
        var docs = GeneratedInvoices.All.ToDictionary(g => $"fx-{profile}-{g.Key}", g => CiiWriter.Write(g.Value.Invoice, profile));

        var reports = SchematronRunner.Run(SchematronRunner.FacturX(Stylesheet(profile)), docs);

        var errors = reports.SelectMany(r => r.Value.Where(a => a.IsError).Select(a => $"{r.Key}: {a}")).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Write_GeneratedInvoiceInProfile_DeclaresProfileGuideline(CiiProfile profile)
    {
        var read = CiiReader.Read(CiiWriter.Write(GeneratedInvoices.All["standard-fr-allowances"].Invoice, profile)).Invoice;

        Assert.Equal(profile, CiiProfiles.FromGuidelineId(read.SpecificationId));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Rewrite_FacturXExampleInItsProfile_PassesProfileXsdAndSchematron(string file)
    {
        var invoice = CiiReader.Read(File.ReadAllText(Corpus.File(file))).Invoice;
        var profile = CiiProfiles.FromGuidelineId(invoice.SpecificationId);

        var xml = CiiWriter.Write(invoice, profile);

        Assert.Empty(XsdValidator.Validate(xml, XsdValidator.FacturX(Folder(profile))));
        var report = SchematronRunner.Run(SchematronRunner.FacturX(Stylesheet(profile)), new Dictionary<string, string> { ["fxex-" + Path.GetFileNameWithoutExtension(file)] = xml });
        Assert.DoesNotContain(report.Single().Value, a => a.IsError);
    }

    internal static string Folder(CiiProfile p) => p switch
    {
        CiiProfile.Minimum => "MINIMUM",
        CiiProfile.BasicWl => "BASICWL",
        CiiProfile.Basic => "BASIC",
        CiiProfile.Extended => "EXTENDED",
        _ => "EN16931",
    };

    internal static string Stylesheet(CiiProfile p) => p == CiiProfile.BasicWl ? "BASIC-WL" : Folder(p);
}
