using System.Xml;
using System.Xml.Linq;

namespace InvoiceFunctions.Core.Formats.Xml;

/// <summary>Loads XML safely: DTDs prohibited (no XXE, no entity expansion), no resolver, size and depth limits.</summary>
public static class SafeXml
{
    /// <summary>Parses a string into a document, or throws <see cref="InvoiceFormatException"/>.</summary>
    public static XDocument Load(string xml, XmlReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        using var text = new StringReader(xml);
        return Load(text, limits ?? XmlReadLimits.Default);
    }

    /// <summary>Parses a stream (encoding from the XML declaration) into a document, or throws <see cref="InvoiceFormatException"/>.</summary>
    public static XDocument Load(Stream xml, XmlReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var l = limits ?? XmlReadLimits.Default;
        try
        {
            using var reader = XmlReader.Create(xml, Settings(l));
            return LoadChecked(reader, l);
        }
        catch (XmlException e)
        {
            throw new InvoiceFormatException($"Not a well-formed or acceptable XML document: {e.Message}", e);
        }
    }

    private static XDocument Load(TextReader text, XmlReadLimits limits)
    {
        try
        {
            using var reader = XmlReader.Create(text, Settings(limits));
            return LoadChecked(reader, limits);
        }
        catch (XmlException e)
        {
            throw new InvoiceFormatException($"Not a well-formed or acceptable XML document: {e.Message}", e);
        }
    }

    private static XmlReaderSettings Settings(XmlReadLimits limits) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = limits.MaxCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    private static XDocument LoadChecked(XmlReader reader, XmlReadLimits limits)
    {
        var depthGuard = new DepthGuardReader(reader, limits.MaxDepth);
        return XDocument.Load(depthGuard, LoadOptions.None);
    }
}
