using System.Globalization;
using System.IO.Compression;
using System.Text;
using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Rendering.Drawing;
using InvoiceFunctions.Rendering.Pdf;

namespace InvoiceFunctions.Rendering.FacturX;

/// <summary>
/// Turns the renderer's PDF into a Factur-X PDF/A-3b: XMP metadata (PDF/A-3B and the Factur-X extension schema), an sRGB
/// output intent, the CII XML embedded as factur-x.xml with /AFRelationship, /AF on the catalog, Info matching the XMP and
/// a trailer /ID. The drawing is untouched (its fonts are already embedded); the file is rewritten in one revision.
/// </summary>
internal static class FacturXPackager
{
    /// <summary>The sRGB profile, compressed once for all documents.</summary>
    private static readonly Lazy<byte[]> SrgbProfile = new(() => Deflate(LoadProfile(), CompressionLevel.Optimal));

    /// <summary>Rewrites a PDF written by Skia.</summary>
    public static byte[] Package(byte[] pdf, CompressedXml xml, CiiProfile profile, PdfInfo info, string language)
    {
        var source = PdfFile.Parse(pdf);
        var pdfa = new PdfAssembler(source);
        return Package(new AssembledPdf(pdfa, source.Root, source.Dictionary(source.Root), source.Info ?? pdfa.Reserve()), xml, profile, info, language);
    }

    /// <summary>Adds to the objects of a document not yet written (the direct painter's) and writes the file once.</summary>
    public static byte[] Package(AssembledPdf document, CompressedXml xml, CiiProfile profile, PdfInfo info, string language)
    {
        var catalog = document.CatalogDictionary;
        if (catalog.Contains("/Names", StringComparison.Ordinal) || catalog.Contains("/Metadata", StringComparison.Ordinal))
        {
            throw new RenderingException("Unexpected catalog from the PDF writer: it already has /Names or /Metadata.");
        }

        var pdfa = document.Pdf;
        var metadata = pdfa.Reserve();
        var icc = pdfa.Reserve();
        var intent = pdfa.Reserve();
        var embedded = pdfa.Reserve();
        var filespec = pdfa.Reserve();

        pdfa.SetStream(metadata, "/Type /Metadata /Subtype /XML", Encoding.UTF8.GetBytes(XmpPacket.Build(info, profile)));
        pdfa.SetStream(icc, "/N 3 /Filter /FlateDecode", SrgbProfile.Value);
        pdfa.Set(intent, $"<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) /RegistryName (http://www.color.org) /DestOutputProfile {icc} 0 R >>");
        var modified = PdfText.Date(info.CreatedAt);
        pdfa.SetStream(embedded, string.Create(CultureInfo.InvariantCulture, $"/Type /EmbeddedFile /Subtype /text#2Fxml /Filter /FlateDecode /Params << /Size {xml.Length} /ModDate {modified} >>"), xml.Deflated);
        var name = XmpPacket.FileName;
        pdfa.Set(filespec, $"<< /Type /Filespec /F ({name}) /UF ({name}) /Desc (Factur-X invoice) /AFRelationship /{FacturXLevel.Relationship(profile)} /EF << /F {embedded} 0 R /UF {embedded} 0 R >> >>");
        var extra = $" /Metadata {metadata} 0 R /OutputIntents [{intent} 0 R] /AF [{filespec} 0 R] /Names << /EmbeddedFiles << /Names [({name}) {filespec} 0 R] >> >> /Lang ({language})";
        pdfa.Set(document.Catalog, catalog[..^2].TrimEnd() + extra + " >>");
        pdfa.Set(document.Info, info.Dictionary());
        return pdfa.Write(document.Catalog, document.Info);
    }

    private static byte[] Deflate(byte[] data, CompressionLevel level)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, level, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] LoadProfile()
    {
        using var stream = typeof(FacturXPackager).Assembly.GetManifestResourceStream("Color.sRGB.icc")
            ?? throw new InvalidOperationException("Missing the sRGB ICC profile resource.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
