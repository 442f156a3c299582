using System.Text;
using InvoiceFunctions.Application.Intake;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.Ledger.Tests.Intake;

/// <summary>The intake reader over the official corpus (../shared/conformance) and over hostile input, which must always end in a refusal, never an exception.</summary>
public sealed class IntakeReaderTests
{
    private static readonly string Conformance = Path.Combine(Repository.Root, "..", "shared", "conformance");

    public static TheoryData<string> ReadableXml() =>
        [.. File.ReadLines(Path.Combine(Conformance, "EXPECTED.tsv")).Skip(1).Select(l => l.Split('\t'))
            .Where(c => c[0].EndsWith(".xml", StringComparison.Ordinal) && c[0].Contains("/examples/", StringComparison.Ordinal) && c[2] is "CrossIndustryInvoice" or "Invoice" or "CreditNote" && c[7] == "ok")
            .Select(c => c[0])];

    [Theory]
    [MemberData(nameof(ReadableXml))]
    public void OfficialExamples_XmlRead_WithTheirNumber(string path)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Conformance, path));

        var reading = IntakeReader.Read(bytes);

        Assert.Null(reading.Refusal);
        Assert.Equal(IntakeFormat.Xml, reading.Format);
        Assert.Contains($">{reading.Read!.Invoice.Number}<", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Facture_F20180027.pdf", "F20180027")]
    [InlineData("EN16931_Einfach.pdf", "471102")]
    [InlineData("zugferd_2p1_EXTENDED_PDFA-3A.pdf", null)]
    public void FacturXPdfs_EmbeddedXmlRead(string file, string? number)
    {
        var reading = IntakeReader.Read(File.ReadAllBytes(Path.Combine(Conformance, "facturx", "pdf", file)));

        Assert.Null(reading.Refusal);
        Assert.Equal(IntakeFormat.Pdf, reading.Format);
        Assert.Equal("factur-x.xml", reading.XmlName);
        Assert.Contains($">{reading.Read!.Invoice.Number}<", reading.Xml, StringComparison.Ordinal);
        if (number is not null)
        {
            Assert.Equal(number, reading.Read.Invoice.Number);
        }
    }

    [Fact]
    public void ZugferdOne_RefusedAsUnreadableXml()
    {
        var reading = IntakeReader.Read(File.ReadAllBytes(Path.Combine(Conformance, "facturx", "pdf", "zugferd_invoice.pdf")));

        Assert.Equal(IntakeRefusalCode.UnreadableXml, reading.Refusal?.Code);
    }

    [Theory]
    [InlineData("", IntakeRefusalCode.UnknownFormat)]
    [InlineData("hello", IntakeRefusalCode.UnknownFormat)]
    [InlineData("<html><body>invoice</body></html>", IntakeRefusalCode.UnreadableXml)]
    [InlineData("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"><unclosed>", IntakeRefusalCode.UnreadableXml)]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Invoice>&e;</Invoice>", IntakeRefusalCode.UnreadableXml)]
    [InlineData("%PDF-1.7\nnot really a pdf", IntakeRefusalCode.UnreadablePdf)]
    public void HostileInput_Refused(string content, IntakeRefusalCode code)
    {
        Assert.Equal(code, IntakeReader.Read(Encoding.UTF8.GetBytes(content)).Refusal?.Code);
    }

    [Fact]
    public void TooLarge_RefusedBeforeReading()
    {
        var big = new byte[IntakeReader.MaxFileBytes + 1];
        "%PDF-1.7"u8.CopyTo(big);

        Assert.Equal(IntakeRefusalCode.TooLarge, IntakeReader.Read(big).Refusal?.Code);
    }

    [Fact]
    public void DamagedCopiesOfRealFiles_NeverThrow()
    {
        var originals = new[]
        {
            File.ReadAllBytes(Path.Combine(Conformance, "facturx", "pdf", "Facture_F20180027.pdf")),
            File.ReadAllBytes(Path.Combine(Conformance, "ubl", "examples", "BIS3_Invoice_positive.xml")),
        };
        var random = new Random(7);
        var outcomes = new HashSet<string>();
        for (var i = 0; i < 300; i++)
        {
            var bytes = (byte[])originals[i % 2].Clone();
            var cut = i % 3 == 0 ? random.Next(bytes.Length) : bytes.Length;
            for (var flip = 0; flip < 1 + (i % 20); flip++)
            {
                bytes[random.Next(cut)] = (byte)random.Next(256);
            }

            var reading = IntakeReader.Read(bytes.AsMemory(0, cut));
            outcomes.Add(reading.Refusal?.Code.ToString() ?? "read");
        }

        // Some survive their damage, most are refused, none throws.
        Assert.Contains("read", outcomes);
        Assert.True(outcomes.Count >= 3, string.Join(", ", outcomes));
    }
}
