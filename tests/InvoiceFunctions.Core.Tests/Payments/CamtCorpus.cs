using System.Xml;
using System.Xml.Schema;
using InvoiceFunctions.Core.Tests.Support;

namespace InvoiceFunctions.Core.Tests.Payments;

/// <summary>The camt.053 part of the conformance corpus: examples, invalid samples, XSDs, and their rows of EXPECTED.tsv.</summary>
internal static class CamtCorpus
{
    private static readonly Lazy<XmlSchemaSet> SchemaSet = new(Compile);

    /// <summary>Every camt.053 XSD of the corpus in one compiled set (one namespace per version).</summary>
    public static XmlSchemaSet Schemas => SchemaSet.Value;

    public static string Text(string relative) => File.ReadAllText(Corpus.File(relative));

    /// <summary>The XSD file of a message definition such as camt.053.001.08.</summary>
    public static string Xsd(string definition) => $"camt053/xsd/{definition}.xsd";

    /// <summary>EXPECTED.tsv rows of family camt.053: path, message definition, XSD result (ok or FAIL).</summary>
    public static IEnumerable<(string Path, string Definition, bool XsdValid)> Expected()
    {
        var lines = File.ReadAllLines(Corpus.File("EXPECTED.tsv"));
        var header = lines[0].Split('\t');
        int Column(string name) => Array.IndexOf(header, name);
        foreach (var row in lines.Skip(1).Select(l => l.Split('\t')).Where(r => r[Column("family")] == "camt.053"))
        {
            yield return (row[Column("path")], row[Column("spec_id")], row[Column("xsd")] == "ok");
        }
    }

    private static XmlSchemaSet Compile()
    {
        var set = new XmlSchemaSet();
        foreach (var xsd in Directory.EnumerateFiles(Corpus.File("camt053/xsd"), "*.xsd").Order(StringComparer.Ordinal))
        {
            using var reader = XmlReader.Create(xsd, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }
}
