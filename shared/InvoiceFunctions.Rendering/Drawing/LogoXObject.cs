using System.Globalization;
using InvoiceFunctions.Rendering.Pdf;
using SkiaSharp;

namespace InvoiceFunctions.Rendering.Drawing;

/// <summary>
/// A logo ready to draw, shared by every document of the template: its natural size (pixels, or SVG units) for the
/// layout; for a raster the image XObject's pixel size, colour space, filter and stream (a JPEG passed through as
/// DCTDecode, anything else as Flate RGB) and an optional Flate alpha channel for the /SMask; for an SVG a form XObject
/// (<see cref="SvgForm"/>); and what the Skia painter draws.
/// </summary>
internal sealed class LogoXObject(SKSize natural, SKSizeI pixels, string colorSpace, string filter, byte[] data, byte[]? alpha, SKImage? image)
{
    /// <summary>An SVG logo: vectors as a form XObject for the PDF, the picture for Skia.</summary>
    public LogoXObject(SKSize natural, PdfObjectGraph form, SKPicture picture)
        : this(natural, default, string.Empty, string.Empty, [], null, null)
    {
        Form = form;
        Picture = picture;
    }

    public float Width { get; } = natural.Width;

    public float Height { get; } = natural.Height;

    public byte[] Data { get; } = data;

    /// <summary>The alpha channel (8-bit gray, Flate), or null for an opaque image.</summary>
    public byte[]? Alpha { get; } = alpha;

    /// <summary>The raster decoded for the Skia painter (only used when a page must go through Skia), or null for an SVG.</summary>
    public SKImage? Image { get; } = image;

    /// <summary>The SVG logo as a form XObject, or null for a raster.</summary>
    public PdfObjectGraph? Form { get; }

    /// <summary>The SVG logo's picture for the Skia painter, or null for a raster.</summary>
    public SKPicture? Picture { get; }

    /// <summary>Dictionary entries of the image XObject (without /Length and /SMask).</summary>
    public string Entries => Dictionary(colorSpace, filter);

    /// <summary>Dictionary entries of the alpha channel's image XObject.</summary>
    public string AlphaEntries => Dictionary("/DeviceGray", "/FlateDecode");

    private string Dictionary(string space, string decode) => string.Create(CultureInfo.InvariantCulture,
        $"/Type /XObject /Subtype /Image /Width {pixels.Width} /Height {pixels.Height} /ColorSpace {space} /BitsPerComponent 8 /Filter {decode}");
}
