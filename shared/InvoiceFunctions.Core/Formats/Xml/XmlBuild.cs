using System.Xml.Linq;

namespace InvoiceFunctions.Core.Formats.Xml;

/// <summary>Builders that drop empty optional elements, so writers read like the target structure.</summary>
internal static class XmlBuild
{
    /// <summary>An element with the non-null content, or null when there is no child content at all.</summary>
    public static XElement? Opt(XName name, params object?[] content)
    {
        var items = content.Where(c => c is not null).ToArray();
        return items.Any(c => c is not XAttribute) ? new XElement(name, items) : null;
    }

    /// <summary>A leaf element with a text value and optional attributes, or null when the value is null.</summary>
    public static XElement? Leaf(XName name, string? value, params XAttribute?[] attributes) =>
        value is null ? null : new XElement(name, attributes.Where(a => a is not null), value);

    /// <summary>An attribute, or null when the value is null.</summary>
    public static XAttribute? Attr(XName name, string? value) => value is null ? null : new XAttribute(name, value);

    /// <summary>Serialises a document as UTF-8 XML text with a declaration.</summary>
    public static string ToXml(XDocument document) => IndentedXmlText.Write(document);

    /// <summary>Writes a document as indented UTF-8 (no BOM) to a stream.</summary>
    public static void Save(XDocument document, Stream stream) => IndentedXmlText.WriteUtf8(document, stream);
}
