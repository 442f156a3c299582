using System.Xml.Linq;
using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Core.Formats.Xml;
using UglyToad.PdfPig;

namespace InvoiceFunctions.Rendering.FacturX;

/// <summary>
/// The conformance level a PDF's XMP metadata declares (Factur-X fx:, ZUGFeRD zf: or older schemas, element or attribute
/// form), checked against the profile of the embedded XML.
/// </summary>
internal static class XmpConformance
{
    public static IReadOnlyList<string> Check(PdfDocument document, CiiProfile xmlProfile)
    {
        XDocument xml;
        try
        {
            if (!document.TryGetXmpMetadata(out var xmp))
            {
                return ["The PDF has no XMP metadata (Factur-X requires the fx: extension schema)."];
            }

            using var stream = new MemoryStream(xmp.GetXmlBytes().ToArray());
            xml = SafeXml.Load(stream);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [$"The XMP metadata could not be read: {e.Message}"];
        }

        var level = xml.Descendants().Where(e => e.Name.LocalName == "ConformanceLevel").Select(e => e.Value)
            .Concat(xml.Descendants().Attributes().Where(a => a.Name.LocalName == "ConformanceLevel").Select(a => a.Value))
            .FirstOrDefault()?.Trim();
        if (level is null)
        {
            return ["The XMP metadata declares no Factur-X ConformanceLevel."];
        }

        var declared = Profile(level);
        if (declared is null)
        {
            return [$"The XMP metadata declares an unknown conformance level '{level}'."];
        }

        return declared == xmlProfile
            ? []
            : [$"The XMP metadata declares {level} but the embedded XML is {FacturXLevel.ConformanceLevel(xmlProfile)}."];
    }

    private static CiiProfile? Profile(string level) => level.ToUpperInvariant() switch
    {
        "MINIMUM" => CiiProfile.Minimum,
        "BASIC WL" => CiiProfile.BasicWl,
        "BASIC" => CiiProfile.Basic,
        "EN 16931" or "COMFORT" or "XRECHNUNG" => CiiProfile.En16931,
        "EXTENDED" => CiiProfile.Extended,
        _ => null,
    };
}
