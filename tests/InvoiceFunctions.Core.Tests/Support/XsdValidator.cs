using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Schema;

namespace InvoiceFunctions.Core.Tests.Support;

/// <summary>Validates XML against the official XSDs of the corpus with System.Xml (schemas compiled once each).</summary>
internal static class XsdValidator
{
    public const string Cii = "cii/xsd/CrossIndustryInvoice_100pD16B.xsd";
    public const string UblInvoice = "ubl/xsd/maindoc/UBL-Invoice-2.1.xsd";
    public const string UblCreditNote = "ubl/xsd/maindoc/UBL-CreditNote-2.1.xsd";

    private static readonly ConcurrentDictionary<string, XmlSchemaSet> Sets = new();

    public static string FacturX(string profileFolder) => $"facturx/xsd/{profileFolder}/FACTUR-X_{profileFolder}.xsd";

    /// <summary>Returns the schema errors (empty when valid).</summary>
    public static IReadOnlyList<string> Validate(string xml, string schema)
    {
        var set = Sets.GetOrAdd(schema, Compile);
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = set, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    private static XmlSchemaSet Compile(string schema)
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        var path = Corpus.File(schema);
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() });
        set.Add(null, reader);
        set.Compile();
        return set;
    }
}
