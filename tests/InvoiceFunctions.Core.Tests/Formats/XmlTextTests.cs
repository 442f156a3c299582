using System.Text;
using System.Xml;
using System.Xml.Linq;
using InvoiceFunctions.Core.Formats;
using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Core.Formats.Ubl;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Tests.Support;

namespace InvoiceFunctions.Core.Tests.Formats;

/// <summary>
/// The writers serialise their documents themselves (for speed); the text must be what the framework's
/// <see cref="XmlWriter"/> (indented UTF-8) makes of the same document, character for character.
/// </summary>
public sealed class XmlTextTests
{
    public static TheoryData<string> Sources() =>
        [.. Corpus.Files("cii/examples"), .. Corpus.Files("ubl/examples"), .. GeneratedInvoices.Names.Select(n => "generated:" + n)];

    [Theory]
    [MemberData(nameof(Sources))]
    public void Write_EveryProfileAndSyntax_SameTextAsXmlWriter(string source)
    {
        var invoice = Load(source);

        foreach (var profile in Enum.GetValues<CiiProfile>())
        {
            Assert.Equal(WithXmlWriter(CiiWriter.ToDocument(invoice, profile)), CiiWriter.Write(invoice, profile));
        }

        Assert.Equal(WithXmlWriter(UblWriter.ToDocument(invoice)), UblWriter.Write(invoice));
    }

    [Fact]
    public void WriteToStream_LargeInvoiceWithNonAsciiText_SameBytesAsTheTextsUtf8()
    {
        // Hundreds of lines, so the text spans many builder chunks and a two-byte or surrogate-pair character falls on a boundary.
        var original = Load(Corpus.Files("cii/examples").First());
        var line = original.Lines[0];
        var invoice = original with
        {
            Buyer = original.Buyer with { Name = "Brasserie Øresund é 😀" },
            Lines = [.. Enumerable.Range(1, 400).Select(n => line with { Id = n.ToString(System.Globalization.CultureInfo.InvariantCulture), Item = line.Item with { Name = $"Désignation n° {n} 😀 €" } })],
        };

        using var cii = new MemoryStream();
        CiiWriter.Write(invoice, cii);
        using var ubl = new MemoryStream();
        UblWriter.Write(invoice, ubl);

        Assert.Equal(Encoding.UTF8.GetBytes(CiiWriter.Write(invoice)), cii.ToArray());
        Assert.Equal(Encoding.UTF8.GetBytes(UblWriter.Write(invoice)), ubl.ToArray());
    }

    [Fact]
    public void Write_TextNeedingEscapes_SameTextAsXmlWriterAndReadsBack()
    {
        var original = Load(Corpus.Files("cii/examples").First());
        var tricky = "Tom & Jerry <Ltd> \"quoted\" 'single'\r\nsecond line\rthird\tend é 😀";
        var invoice = original with
        {
            Buyer = original.Buyer with { Name = tricky },
            Notes = [new Note(tricky)],
            Lines = [.. original.Lines.Select((l, n) => n == 0 ? l with { Item = l.Item with { StandardId = new Identifier("4012345678901", "a\"b<c>&d\te\nf") } } : l)],
        };

        var cii = CiiWriter.Write(invoice);
        var ubl = UblWriter.Write(invoice);

        Assert.Equal(WithXmlWriter(CiiWriter.ToDocument(invoice)), cii);
        Assert.Equal(WithXmlWriter(UblWriter.ToDocument(invoice)), ubl);
        Assert.Equal("Tom & Jerry <Ltd> \"quoted\" 'single'\nsecond line\nthird\tend é 😀", InvoiceXml.Read(cii).Invoice.Buyer.Name);
        Assert.Equal("a\"b<c>&d\te\nf", InvoiceXml.Read(ubl).Invoice.Lines[0].Item.StandardId?.SchemeId);
    }

    [Fact]
    public void Write_CharactersXmlCannotCarry_RefusedAsXmlWriterDoes()
    {
        // In code rather than as theory data: the test runner's own serialisation replaces a lone surrogate.
        var original = Load(Corpus.Files("cii/examples").First());
        foreach (var name in new[] { "bell \u0007", "lone \ud800 surrogate", "trailing \ud83d" })
        {
            var invoice = original with { Buyer = original.Buyer with { Name = name } };

            Assert.ThrowsAny<ArgumentException>(() => WithXmlWriter(CiiWriter.ToDocument(invoice)));
            Assert.ThrowsAny<ArgumentException>(() => CiiWriter.Write(invoice));
        }
    }

    private static Invoice Load(string source) =>
        source.StartsWith("generated:", StringComparison.Ordinal)
            ? GeneratedInvoices.All[source["generated:".Length..]].Invoice
            : InvoiceXml.Read(File.ReadAllText(Corpus.File(source))).Invoice;

    private static string WithXmlWriter(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
