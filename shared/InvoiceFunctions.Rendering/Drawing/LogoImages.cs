using System.Collections.Concurrent;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using InvoiceFunctions.Rendering.Pdf;
using InvoiceFunctions.Rendering.Templates;
using SkiaSharp;

namespace InvoiceFunctions.Rendering.Drawing;

/// <summary>
/// Template logos made ready to draw once per logo (keyed by the SHA-256 of its bytes) and shared by every document: a
/// JPEG is passed through untouched (DCTDecode) when every PDF reader decodes it as it is; a PNG (or another JPEG) is
/// decoded once into Flate RGB plus an alpha /SMask when it has transparency; an SVG becomes a form XObject of vectors
/// once (<see cref="SvgForm"/>). Thread-safe; bounded (the cache starts again empty past <see cref="MaxLogos"/>).
/// </summary>
internal static class LogoImages
{
    private const int MaxLogos = 64;

    private static readonly ConcurrentDictionary<string, LogoXObject> Cache = new();

    /// <summary>The logo made ready, from the cache when the same bytes were seen before.</summary>
    public static LogoXObject Get(ReadOnlySpan<byte> bytes)
    {
        var key = Convert.ToHexString(SHA256.HashData(bytes));
        if (Cache.TryGetValue(key, out var found))
        {
            return found;
        }

        var made = Make(bytes);
        if (Cache.Count >= MaxLogos)
        {
            Cache.Clear();
        }

        Cache[key] = made;
        return made;
    }

    private static LogoXObject Make(ReadOnlySpan<byte> bytes)
    {
        if (LogoImage.Sniff(bytes) == LogoFormat.Svg)
        {
            var picture = SvgLogo.Load(bytes);
            return new LogoXObject(picture.CullRect.Size, SvgForm.Make(picture), picture);
        }

        // The codec's header is checked first: a raster declaring a huge size is refused before any pixel is decoded.
        if (LogoImage.Problem(bytes) is { } problem)
        {
            throw new RenderingException(problem);
        }

        var encoded = bytes.ToArray();
        var image = SKImage.FromEncodedData(encoded) ?? throw new RenderingException("The template logo is not a PNG, JPEG or SVG image.");
        if (LogoImage.Sniff(bytes) == LogoFormat.Jpeg && JpegFrame.Read(bytes) is { PassesThrough: true } frame && Upright(encoded)
            && frame.Width == image.Width && frame.Height == image.Height)
        {
            return new LogoXObject(new SKSize(image.Width, image.Height), new SKSizeI(frame.Width, frame.Height), frame.Components == 1 ? "/DeviceGray" : "/DeviceRGB",
                "/DCTDecode", encoded, null, image);
        }

        return FromPixels(new SKSize(image.Width, image.Height), image);
    }

    /// <summary>No EXIF rotation or mirroring: the stored pixels are the ones to show.</summary>
    private static bool Upright(byte[] encoded)
    {
        using var data = SKData.CreateCopy(encoded);
        using var codec = SKCodec.Create(data);
        return codec is not null && codec.EncodedOrigin == SKEncodedOrigin.TopLeft;
    }

    /// <summary>The image's pixels (unpremultiplied) as Flate RGB, and its alpha as a Flate gray /SMask unless it is opaque everywhere.</summary>
    private static LogoXObject FromPixels(SKSize natural, SKImage image)
    {
        var info = new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var rgba = new byte[info.BytesSize];
        var handle = GCHandle.Alloc(rgba, GCHandleType.Pinned);
        try
        {
            if (!image.ReadPixels(info, handle.AddrOfPinnedObject(), info.RowBytes, 0, 0))
            {
                throw new RenderingException("The template logo's pixels could not be read.");
            }
        }
        finally
        {
            handle.Free();
        }

        var pixels = image.Width * image.Height;
        var rgb = new byte[pixels * 3];
        var alpha = new byte[pixels];
        var opaque = true;
        for (var p = 0; p < pixels; p++)
        {
            rgb[p * 3] = rgba[p * 4];
            rgb[(p * 3) + 1] = rgba[(p * 4) + 1];
            rgb[(p * 3) + 2] = rgba[(p * 4) + 2];
            alpha[p] = rgba[(p * 4) + 3];
            opaque &= alpha[p] == 255;
        }

        // Compressed once for every document that shows the logo: the smallest output is worth its time.
        return new LogoXObject(natural, new SKSizeI(image.Width, image.Height), "/DeviceRGB", "/FlateDecode", PdfFontObjects.Deflate(rgb, CompressionLevel.SmallestSize),
            opaque ? null : PdfFontObjects.Deflate(alpha, CompressionLevel.SmallestSize), image);
    }
}
