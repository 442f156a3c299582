using System.Runtime.InteropServices;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace InvoiceFunctions.Rendering.Fonts;

/// <summary>One bundled font file, loaded once: its bytes, the Skia typeface used for layout and the HarfBuzz face used for shaping and subsetting.</summary>
internal sealed class FontFace
{
    private readonly ThreadLocal<SKShaper> shapers;

    public FontFace(byte[] data)
    {
        Data = data;
        Typeface = SKTypeface.FromData(SKData.CreateCopy(data)) ?? throw new InvalidOperationException("Bundled font could not be loaded.");
        // The bytes stay pinned for the life of the process: bundled fonts are loaded once and never unloaded.
        var pinned = GCHandle.Alloc(data, GCHandleType.Pinned);
        HarfBuzzFace = new Face(new Blob(pinned.AddrOfPinnedObject(), data.Length, MemoryMode.ReadOnly), 0);
        shapers = new ThreadLocal<SKShaper>(() => new SKShaper(Typeface));
        using var font = new SKFont(Typeface, 1f);
        Metrics = font.Metrics;
    }

    public byte[] Data { get; }

    public SKTypeface Typeface { get; }

    public Face HarfBuzzFace { get; }

    /// <summary>Font metrics at size 1 (multiply by the size).</summary>
    public SKFontMetrics Metrics { get; }

    /// <summary>A shaper for the calling thread (HarfBuzz buffers are not shared between threads).</summary>
    public SKShaper Shaper => shapers.Value!;
}
