using System.Globalization;
using System.Text.RegularExpressions;
using InvoiceFunctions.Rendering.Pdf;
using SkiaSharp;

namespace InvoiceFunctions.Rendering.Drawing;

/// <summary>
/// An SVG logo as a PDF form XObject, made once per logo: Skia's PDF backend draws the picture on a page of its own size,
/// and that page's content stream becomes the form (its /Matrix maps it to the unit square, as an image's), with the
/// objects its resources refer to (graphics states, shadings, fonts) taken along. The logo stays vectors.
/// </summary>
internal static partial class SvgForm
{
    public static PdfObjectGraph Make(SKPicture picture)
    {
        var bounds = picture.CullRect;
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output))
        {
            var canvas = document.BeginPage(bounds.Width, bounds.Height);
            canvas.Translate(-bounds.Left, -bounds.Top);
            canvas.DrawPicture(picture);
            document.EndPage();
            document.Close();
        }

        var file = PdfFile.Parse(output.ToArray());
        var graph = new PdfObjectGraph(file);
        var pages = Number(Pages(), file.Dictionary(file.Root));
        var page = Number(FirstKid(), file.Dictionary(pages));
        var pageDictionary = file.Dictionary(page);
        var content = graph.Read(Number(Contents(), pageDictionary));
        var filter = FlateFilter().IsMatch(content.Text) ? " /Filter /FlateDecode" : string.Empty;
        // Skia writes the page's /Resources inline; an indirect one is read the same way.
        var resourcesAt = pageDictionary.IndexOf("/Resources", StringComparison.Ordinal);
        var resources = "<< >>";
        if (resourcesAt >= 0)
        {
            var value = pageDictionary[(resourcesAt + "/Resources".Length)..].TrimStart();
            resources = value.StartsWith("<<", StringComparison.Ordinal)
                ? value[..PdfObjectGraph.DictionaryEnd(value, 0)]
                : graph.Read(Number(LeadingReference(), value)).Text;
        }

        var w = bounds.Width;
        var h = bounds.Height;
        graph.Add(string.Create(CultureInfo.InvariantCulture,
            $"<< /Type /XObject /Subtype /Form /BBox [0 0 {w:0.####} {h:0.####}] /Matrix [{1 / w:0.########} 0 0 {1 / h:0.########} 0 0] /Resources {resources}{filter} >>"), content.Stream);
        return graph;
    }

    private static int Number(Regex pattern, string text) =>
        pattern.Match(text) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : throw new RenderingException("Unexpected PDF from Skia for the SVG logo.");

    [GeneratedRegex(@"/Pages (\d+) 0 R")]
    private static partial Regex Pages();

    [GeneratedRegex(@"/Kids\s*\[\s*(\d+) 0 R")]
    private static partial Regex FirstKid();

    [GeneratedRegex(@"/Contents (\d+) 0 R")]
    private static partial Regex Contents();

    [GeneratedRegex(@"/Filter\s*/FlateDecode")]
    private static partial Regex FlateFilter();

    [GeneratedRegex(@"^(\d+) 0 R")]
    private static partial Regex LeadingReference();
}
