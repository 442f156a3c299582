using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Rendering.Drawing;
using InvoiceFunctions.Rendering.Localization;

namespace InvoiceFunctions.Rendering.FacturX;

/// <summary>
/// Writes a Factur-X invoice: the rendered PDF as PDF/A-3b with the core's CII XML (<see cref="CiiWriter"/>, same bytes)
/// embedded as factur-x.xml in the given profile.
/// </summary>
public static class FacturXWriter
{
    /// <summary>The Factur-X PDF bytes.</summary>
    public static byte[] Write(Invoice invoice, CiiProfile profile = CiiProfile.En16931, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        options ??= new RenderOptions();
        var xml = CompressedXml.Write(invoice, profile);
        using var context = InvoicePdfRenderer.Compose(invoice, options);
        var info = InvoicePdfRenderer.Info(context, options);
        var language = options.Language == DocumentLanguage.French ? "fr-FR" : "en-GB";
        // Pages the direct painter takes are packaged before anything is written; Skia's file is parsed and rewritten.
        return DirectPdfPainter.CanPaint(context.Pages)
            ? FacturXPackager.Package(DirectPdfPainter.Assemble(context.Pages, context.Shaper, info), xml, profile, info, language)
            : FacturXPackager.Package(PdfPainter.Paint(context.Pages, context.Shaper, info), xml, profile, info, language);
    }
}
