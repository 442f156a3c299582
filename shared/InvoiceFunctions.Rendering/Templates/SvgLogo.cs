using System.Xml;
using SkiaSharp;
using Svg.Skia;

namespace InvoiceFunctions.Rendering.Templates;

/// <summary>
/// An SVG logo turned into a Skia picture (vectors, drawn as PDF paths). The SVG is screened first with a reader that
/// refuses a DTD and resolves nothing: any reference outside the document (href, url() or @import not starting with
/// '#', except an embedded data:image/png or jpeg) is refused, as are script, foreignObject and filters, so drawing
/// never fetches a file or URL and never rasterises an effect over a huge declared size.
/// </summary>
internal static class SvgLogo
{
    /// <summary>Elements refused: active content, embedded HTML and effects Skia rasterises in a PDF.</summary>
    private static readonly HashSet<string> Refused = ["script", "foreignObject", "filter", "iframe", "handler"];

    /// <summary>The most elements accepted: a logo needs a few hundred; this bounds the work of drawing.</summary>
    private const int MaxElements = 20_000;

    public static string? Problem(ReadOnlySpan<byte> bytes)
    {
        if (Screen(bytes) is { } problem)
        {
            return problem;
        }

        try
        {
            using var picture = Load(bytes);
            return null;
        }
        catch (RenderingException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>The picture with its drawing moved to the origin (its size is the SVG's own, the caller scales it).</summary>
    public static SKPicture Load(ReadOnlySpan<byte> bytes)
    {
        if (Screen(bytes) is { } problem)
        {
            throw new RenderingException(problem);
        }

        using var svg = new SKSvg();
        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        using var reader = XmlReader.Create(stream, Settings());
        var picture = svg.Load(reader) ?? throw new RenderingException("The SVG logo has nothing to draw.");
        var bounds = picture.CullRect;
        if (!float.IsFinite(bounds.Width) || !float.IsFinite(bounds.Height) || bounds.Width <= 0 || bounds.Height <= 0)
        {
            throw new RenderingException("The SVG logo has no size (give it a viewBox or width and height).");
        }

        // Recorded again so the picture outlives the SKSvg that owns the first one.
        using var recorder = new SKPictureRecorder();
        var canvas = recorder.BeginRecording(SKRect.Create(bounds.Width, bounds.Height));
        canvas.Translate(-bounds.Left, -bounds.Top);
        canvas.DrawPicture(picture);
        return recorder.EndRecording();
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = LogoImage.MaxBytes * 2L,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Why the SVG may not be drawn, or null.</summary>
    private static string? Screen(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, Settings());
            var elements = 0;
            var inStyle = false;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    if (++elements > MaxElements)
                    {
                        return $"The SVG logo has more than {MaxElements} elements.";
                    }

                    if (Refused.Contains(reader.LocalName))
                    {
                        return $"The SVG logo may not contain <{reader.LocalName}>.";
                    }

                    inStyle = reader.LocalName == "style" && !reader.IsEmptyElement;
                    while (reader.MoveToNextAttribute())
                    {
                        if (External(reader.LocalName, reader.Value) is { } reference)
                        {
                            return $"The SVG logo refers to something outside it ({reference}); embed images as data:image/png or jpeg.";
                        }
                    }
                }
                else if (inStyle && reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && External("style", reader.Value) is { } reference)
                {
                    return $"The SVG logo's style refers to something outside it ({reference}).";
                }
                else if (reader.NodeType == XmlNodeType.EndElement)
                {
                    inStyle = false;
                }
            }

            return elements == 0 ? "The SVG logo is empty." : null;
        }
        catch (XmlException ex)
        {
            return "The SVG logo is not well-formed XML without DTD: " + ex.Message;
        }
    }

    /// <summary>The outside reference an attribute or style text makes, or null.</summary>
    private static string? External(string name, string value)
    {
        if (name == "href")
        {
            var href = value.Trim();
            return href.StartsWith('#') || href.StartsWith("data:image/png;", StringComparison.OrdinalIgnoreCase) || href.StartsWith("data:image/jpeg;", StringComparison.OrdinalIgnoreCase)
                ? null
                : Shorten(href);
        }

        if (value.Contains("@import", StringComparison.OrdinalIgnoreCase))
        {
            return "@import";
        }

        for (var at = value.IndexOf("url(", StringComparison.OrdinalIgnoreCase); at >= 0; at = value.IndexOf("url(", at + 4, StringComparison.OrdinalIgnoreCase))
        {
            var target = value[(at + 4)..].TrimStart(' ', '\'', '"');
            if (!target.StartsWith('#'))
            {
                return Shorten("url(" + target);
            }
        }

        return null;
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "..." : text;
}
