using System.Text;
using InvoiceFunctions.Core.Formats;
using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Core.Formats.Ubl;
using InvoiceFunctions.Core.Formats.Xml;

namespace InvoiceFunctions.Core.Tests.Formats;

/// <summary>Hostile XML is refused with a clear <see cref="InvoiceFormatException"/>, never processed.</summary>
public sealed class SafeXmlTests
{
    private const string Cii = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";

    private const string Xxe = $"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rsm:CrossIndustryInvoice xmlns:rsm="{Cii}">&xxe;</rsm:CrossIndustryInvoice>""";

    public static TheoryData<string, string> HostileDocuments() => new()
    {
        { "xxe", Xxe },
        { "billion-laughs", $"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><rsm:CrossIndustryInvoice xmlns:rsm="{Cii}">&lol3;</rsm:CrossIndustryInvoice>""" },
        { "external-dtd", $"""<?xml version="1.0"?><!DOCTYPE r SYSTEM "http://example.invalid/x.dtd"><rsm:CrossIndustryInvoice xmlns:rsm="{Cii}"/>""" },
        { "deep-nesting", $"""<rsm:CrossIndustryInvoice xmlns:rsm="{Cii}">{string.Concat(Enumerable.Repeat("<a>", 500))}{string.Concat(Enumerable.Repeat("</a>", 500))}</rsm:CrossIndustryInvoice>""" },
        { "not-xml", "%PDF-1.7 this is not XML" },
        { "truncated", $"""<rsm:CrossIndustryInvoice xmlns:rsm="{Cii}"><rsm:ExchangedDocument>""" },
    };

    [Theory]
    [MemberData(nameof(HostileDocuments))]
    public void Read_HostileDocument_ThrowsInvoiceFormatException(string name, string xml)
    {
        var error = Assert.Throws<InvoiceFormatException>(() => InvoiceXml.Read(xml));

        Assert.False(string.IsNullOrWhiteSpace(error.Message), name);
    }

    [Fact]
    public void Read_DocumentWithDtd_ExplainsThatDtdIsProhibited()
    {
        var error = Assert.Throws<InvoiceFormatException>(() => CiiReader.Read(Xxe));

        Assert.Contains("DTD", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_DocumentLargerThanLimit_Throws()
    {
        var xml = $"""<rsm:CrossIndustryInvoice xmlns:rsm="{Cii}"><!-- {new string('x', 5000)} --></rsm:CrossIndustryInvoice>""";

        Assert.Throws<InvoiceFormatException>(() => CiiReader.Read(xml, new XmlReadLimits(MaxCharacters: 1000)));
    }

    [Fact]
    public void Read_StreamLargerThanLimit_Throws()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes($"""<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">{new string(' ', 5000)}</Invoice>"""));

        Assert.Throws<InvoiceFormatException>(() => UblReader.Read(stream, new XmlReadLimits(MaxCharacters: 1000)));
    }

    [Theory]
    [InlineData("<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"/>")]
    [InlineData("<CrossIndustryDocument xmlns=\"urn:ferd:CrossIndustryDocument:invoice:1p0\"/>")]
    [InlineData("<Invoice xmlns=\"urn:example:not-ubl\"/>")]
    public void Read_UnsupportedRoot_ThrowsWithRootInMessage(string xml)
    {
        Assert.Throws<InvoiceFormatException>(() => InvoiceXml.Read(xml));
    }
}
