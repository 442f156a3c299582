using System.Runtime.InteropServices;
using HarfBuzzSharp;
using SkiaSharp;

namespace InvoiceFunctions.Rendering.Fonts;

/// <summary>One bundled font file, loaded once: its bytes, the Skia typeface used for layout and the HarfBuzz face used for shaping and subsetting.</summary>
internal sealed class FontFace
{
    public FontFace(byte[] data, string postScriptName)
    {
        Data = data;
        PostScriptName = postScriptName;
        Typeface = SKTypeface.FromData(SKData.CreateCopy(data)) ?? throw new InvalidOperationException("Bundled font could not be loaded.");
        // The bytes stay pinned for the life of the process: bundled fonts are loaded once and never unloaded.
        var pinned = GCHandle.Alloc(data, GCHandleType.Pinned);
        HarfBuzzFace = new Face(new Blob(pinned.AddrOfPinnedObject(), data.Length, MemoryMode.ReadOnly), 0);
        // Scale = units per em (HarfBuzz's default): advances and kerning come back as exact font units, so the
        // layout can position glyphs exactly where Skia's PDF backend expects them (see TextShaper.Shape).
        HarfBuzzFont = new HarfBuzzSharp.Font(HarfBuzzFace);
        HarfBuzzFont.SetFunctionsOpenType();
        UnitsPerEm = HarfBuzzFace.UnitsPerEm;
        advances = new int[ushort.MaxValue + 1];
        Array.Fill(advances, -1);
        using var font = new SKFont(Typeface, 1f);
        Metrics = font.Metrics;
    }

    public byte[] Data { get; }

    /// <summary>The font's PostScript name (the PDF's /BaseFont after the subset tag).</summary>
    public string PostScriptName { get; }

    public SKTypeface Typeface { get; }

    public Face HarfBuzzFace { get; }

    /// <summary>Font metrics at size 1 (multiply by the size).</summary>
    public SKFontMetrics Metrics { get; }

    /// <summary>The HarfBuzz font at a scale of one unit per font unit; shaping with it is thread-safe (buffers are not shared).</summary>
    public HarfBuzzSharp.Font HarfBuzzFont { get; }

    public int UnitsPerEm { get; }

    private readonly int[] advances;

    /// <summary>A glyph's advance width in font units (read from HarfBuzz once per glyph, then from memory).</summary>
    public int Advance(ushort glyph)
    {
        var advance = advances[glyph];
        if (advance < 0)
        {
            advance = HarfBuzzFont.GetHorizontalGlyphAdvance(glyph);
            advances[glyph] = advance;
        }

        return advance;
    }
}
