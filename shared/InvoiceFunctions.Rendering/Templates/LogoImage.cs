using System.Text;
using SkiaSharp;

namespace InvoiceFunctions.Rendering.Templates;

/// <summary>
/// Tells a logo's format from its bytes and checks that it can be drawn: a raster is probed by its codec (header
/// only, no pixels decoded) so a decompression bomb is refused by its declared size before any drawing.
/// </summary>
public static class LogoImage
{
    /// <summary>The largest logo accepted (bytes).</summary>
    public const int MaxBytes = 512 * 1024;

    /// <summary>The largest raster accepted, per side (pixels): 1200 dpi over the 150 x 55 pt logo box, with room.</summary>
    public const int MaxPixels = 4096;

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The format the bytes are in, or null when they are none of PNG, JPEG and SVG.</summary>
    public static LogoFormat? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(PngSignature))
        {
            return LogoFormat.Png;
        }

        if (bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return LogoFormat.Jpeg;
        }

        // SVG is text: skip a UTF-8 BOM, an XML declaration, comments and a doctype; the first element must be <svg.
        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 4096)]).TrimStart('\uFEFF');
        var index = 0;
        while (index < head.Length)
        {
            var open = head.IndexOf('<', index);
            if (open < 0 || open + 1 >= head.Length || !string.IsNullOrWhiteSpace(head[index..open]))
            {
                return null;
            }

            if (head[open + 1] is '?' or '!')
            {
                // A doctype's internal subset holds '>' of its own declarations: it ends at "]>".
                var subset = head.IndexOf('[', open);
                var close = head.IndexOf('>', open);
                if (head.AsSpan(open).StartsWith("<!DOCTYPE", StringComparison.Ordinal) && subset >= 0 && subset < close)
                {
                    close = head.IndexOf("]>", subset, StringComparison.Ordinal) + 1;
                }

                if (close <= 0)
                {
                    return null;
                }

                index = close + 1;
                continue;
            }

            return head.AsSpan(open + 1).StartsWith("svg", StringComparison.Ordinal) && head.Length > open + 4 && head[open + 4] is ' ' or '>' or '\n' or '\r' or '\t' or '/'
                ? LogoFormat.Svg
                : null;
        }

        return null;
    }

    /// <summary>Why the bytes cannot be a template logo, or null when they can.</summary>
    public static string? Problem(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return "The logo is empty.";
        }

        if (bytes.Length > MaxBytes)
        {
            return $"The logo is larger than {MaxBytes / 1024} KiB.";
        }

        switch (Sniff(bytes))
        {
            case null:
                return "The logo is not a PNG, JPEG or SVG image (told from its bytes).";
            case LogoFormat.Svg:
                return SvgLogo.Problem(bytes);
            default:
                using (var data = SKData.CreateCopy(bytes))
                using (var codec = SKCodec.Create(data))
                {
                    return codec is null ? "The logo's image data cannot be read."
                        : codec.Info.Width is < 1 or > MaxPixels || codec.Info.Height is < 1 or > MaxPixels ? $"The logo is {codec.Info.Width} x {codec.Info.Height} pixels; at most {MaxPixels} per side."
                        : null;
                }
        }
    }

    /// <summary>The media type of a format.</summary>
    public static string ContentType(LogoFormat format) => format switch
    {
        LogoFormat.Png => "image/png",
        LogoFormat.Jpeg => "image/jpeg",
        _ => "image/svg+xml",
    };

    /// <summary>The file extension of a format (without the dot).</summary>
    public static string Extension(LogoFormat format) => format switch
    {
        LogoFormat.Png => "png",
        LogoFormat.Jpeg => "jpg",
        _ => "svg",
    };
}
