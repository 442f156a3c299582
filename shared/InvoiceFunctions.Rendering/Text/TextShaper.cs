using InvoiceFunctions.Rendering.Fonts;
using SkiaSharp;

namespace InvoiceFunctions.Rendering.Text;

/// <summary>
/// Shapes and wraps text with the document's bundled font, and records every glyph and character used so the fonts
/// can be subset before drawing.
/// </summary>
internal sealed class TextShaper : IDisposable
{
    private readonly FontFace regular;
    private readonly FontFace bold;

    public TextShaper(BundledFont font)
    {
        regular = FontLibrary.Get(font, bold: false);
        bold = FontLibrary.Get(font, bold: true);
    }

    public HashSet<ushort> RegularGlyphs { get; } = [];

    public HashSet<ushort> BoldGlyphs { get; } = [];

    public HashSet<int> RegularChars { get; } = [];

    public HashSet<int> BoldChars { get; } = [];

    /// <summary>The text each glyph of the regular face stands for (for the PDF's ToUnicode map), from the first cluster it appeared in.</summary>
    public Dictionary<ushort, string> RegularText { get; } = [];

    public Dictionary<ushort, string> BoldText { get; } = [];

    private readonly Dictionary<(bool, float), SKFont> fonts = [];

    public FontFace Face(bool isBold) => isBold ? bold : regular;

    /// <summary>One SKFont per weight and size for the whole document: Skia caches glyph metrics per font object.</summary>
    private SKFont Font(TextStyle style)
    {
        if (!fonts.TryGetValue((style.Bold, style.Size), out var font))
        {
            font = new SKFont(Face(style.Bold).Typeface, style.Size);
            fonts[(style.Bold, style.Size)] = font;
        }

        return font;
    }

    /// <summary>Distance from the top of a line to its baseline.</summary>
    public float Ascent(TextStyle style) => -Face(style.Bold).Metrics.Ascent * style.Size;

    /// <summary>The line height used between wrapped lines.</summary>
    public static float LineHeight(TextStyle style) => style.Size * 1.25f;

    [ThreadStatic]
    private static HarfBuzzSharp.Buffer? buffer;

    /// <summary>
    /// Shapes one line with HarfBuzz in font units. Each glyph's offset is the running sum of size / unitsPerEm x its
    /// advance, in single precision, the same sum Skia's PDF backend makes when it decides whether a glyph needs its own
    /// positioning operator: so a line is written as one string (one Tj) and only a kerned pair starts a new one, which
    /// keeps the content stream (and the time to write and compress it) several times smaller than with rounded offsets.
    /// The sizes used (multiples of 0.5 pt) over 2048 units are binary fractions, so these sums are exact.
    /// </summary>
    public ShapedRun Shape(string text, TextStyle style)
    {
        // A document repeats many strings (units, VAT rates, labels of every page): a run is immutable, shape it once.
        if (shaped.TryGetValue((text, style), out var known))
        {
            return known;
        }

        var run = ShapeNew(text, style);
        shaped[(text, style)] = run;
        return run;
    }

    private readonly Dictionary<(string, TextStyle), ShapedRun> shaped = [];

    private ShapedRun ShapeNew(string text, TextStyle style)
    {
        var face = Face(style.Bold);
        var units = SharedShapes.Get(face, text, ShapeUnits);
        var used = style.Bold ? BoldGlyphs : RegularGlyphs;
        foreach (var glyph in units.DistinctGlyphs)
        {
            used.Add(glyph);
        }

        var texts = style.Bold ? BoldText : RegularText;
        foreach (var (glyph, cluster) in units.FirstTexts)
        {
            texts.TryAdd(glyph, cluster);
        }

        var chars = style.Bold ? BoldChars : RegularChars;
        foreach (var rune in units.Runes)
        {
            chars.Add(rune);
        }

        return new ShapedRun(units.Clean, style, units.Glyphs, units.At(style.Size, face.UnitsPerEm));
    }

    /// <summary>HarfBuzz's shaping of one string in font units (the shared cache's miss path).</summary>
    private static ShapedUnits ShapeUnits(FontFace face, string text)
    {
        var clean = TextNormaliser.Normalise(text);
        var hb = buffer ??= new HarfBuzzSharp.Buffer();
        hb.ClearContents();
        hb.AddUtf16(clean);
        hb.GuessSegmentProperties();
        face.HarfBuzzFont.Shape(hb);
        var infos = hb.GetGlyphInfoSpan();
        var positions = hb.GetGlyphPositionSpan();
        var glyphs = new ushort[infos.Length];
        var advances = new int[infos.Length];
        var xOffsets = new int[infos.Length];
        var clusters = new string?[infos.Length];
        for (var i = 0; i < glyphs.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            advances[i] = positions[i].XAdvance;
            xOffsets[i] = positions[i].XOffset;
            if (i == 0 || infos[i - 1].Cluster != infos[i].Cluster)
            {
                clusters[i] = ClusterText(clean, infos, i);
            }
        }

        var runes = new HashSet<int>();
        foreach (var rune in clean.EnumerateRunes())
        {
            runes.Add(rune.Value);
        }

        return new ShapedUnits(clean, glyphs, advances, xOffsets, clusters, [.. runes]);
    }

    /// <summary>The characters of glyph <paramref name="i"/>'s cluster (left-to-right text: clusters ascend).</summary>
    private static string ClusterText(string text, ReadOnlySpan<HarfBuzzSharp.GlyphInfo> infos, int i)
    {
        var start = (int)infos[i].Cluster;
        var end = text.Length;
        for (var j = i + 1; j < infos.Length; j++)
        {
            if (infos[j].Cluster != infos[i].Cluster)
            {
                end = (int)infos[j].Cluster;
                break;
            }
        }

        return end > start ? text[start..end] : string.Empty;
    }

    public float Measure(string text, TextStyle style) => Font(style).MeasureText(TextNormaliser.Normalise(text));

    /// <summary>Wraps text into lines no wider than <paramref name="width"/>, at spaces, breaking words longer than a line.</summary>
    public IReadOnlyList<ShapedRun> Wrap(string text, TextStyle style, float width)
    {
        var lines = new List<ShapedRun>();
        foreach (var paragraph in TextNormaliser.Normalise(text).Split('\n'))
        {
            // Most cells fit on one line: shape once, skip the word-by-word measuring.
            var whole = Shape(paragraph, style);
            if (whole.Width <= width)
            {
                lines.Add(whole);
                continue;
            }

            // Widths add up (advances, no kerning in the measure): measure each word once, not each growing candidate line.
            var space = Measure(" ", style);
            var current = string.Empty;
            var currentWidth = 0f;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = Measure(word, style);
                var candidateWidth = current.Length == 0 ? wordWidth : currentWidth + space + wordWidth;
                if (candidateWidth <= width)
                {
                    current = current.Length == 0 ? word : current + " " + word;
                    currentWidth = candidateWidth;
                    continue;
                }

                if (current.Length > 0)
                {
                    lines.Add(Shape(current, style));
                }

                current = word;
                currentWidth = wordWidth;
                while (current.Length > 1 && currentWidth > width)
                {
                    var fit = Fit(current, style, width);
                    lines.Add(Shape(current[..fit], style));
                    current = current[fit..];
                    currentWidth = Measure(current, style);
                }
            }

            lines.Add(Shape(current, style));
        }

        return lines;
    }

    private int Fit(string word, TextStyle style, float width)
    {
        var n = word.Length - 1;
        while (n > 1 && Measure(word[..n], style) > width)
        {
            n--;
        }

        return n;
    }

    public void Dispose()
    {
        foreach (var font in fonts.Values)
        {
            font.Dispose();
        }

        fonts.Clear();
    }
}
