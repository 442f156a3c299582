using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using InvoiceFunctions.Rendering.Pdf;

namespace InvoiceFunctions.Rendering.Fonts;

/// <summary>
/// Font programs ready to embed, made once and shared by the documents that need the same glyphs. Each subset holds the
/// glyphs of a common Western European character set besides the ones a document uses, so nearly every French or English
/// invoice asks for the same subset and finds it compressed already (a few kilobytes more per font than the tightest
/// subset, in exchange for no hb-subset or zlib work per document).
/// </summary>
internal static class EmbeddedSubsets
{
    private const int MaxPerFace = 64;

    private static readonly ConcurrentDictionary<FontFace, ConcurrentDictionary<string, EmbeddedFont>> Cache = new();

    private static readonly ConcurrentDictionary<FontFace, (ushort[] Glyphs, int[] Chars)> Common = new();

    /// <summary>ASCII, no-break space, Latin-1 letters and the punctuation and signs of French and English documents.</summary>
    private static readonly int[] CommonChars =
    [
        .. Enumerable.Range(0x20, 0x5F), 0xA0, 0xA7, 0xAB, 0xB0, 0xBB, .. Enumerable.Range(0xC0, 0x40),
        0x152, 0x153, 0x2013, 0x2014, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x20AC,
    ];

    public static EmbeddedFont Get(FontFace face, IReadOnlyCollection<ushort> glyphs, IReadOnlyCollection<int> chars)
    {
        var common = Common.GetOrAdd(face, CommonGlyphs);
        var all = new SortedSet<ushort>(common.Glyphs);
        all.UnionWith(glyphs);
        var key = Key(all);
        var subsets = Cache.GetOrAdd(face, _ => new ConcurrentDictionary<string, EmbeddedFont>());
        if (subsets.TryGetValue(key, out var found))
        {
            return found;
        }

        if (subsets.Count >= MaxPerFace)
        {
            subsets.Clear();
        }

        var program = FontSubsetter.SubsetBytes(face, all, chars.Union(common.Chars));
        // Compressed once for many documents: the smallest output is worth its time here.
        var made = new EmbeddedFont(PdfFontObjects.Deflate(program, CompressionLevel.SmallestSize), program.Length, Widths(face, all));
        subsets[key] = made;
        return made;
    }

    private static (ushort[] Glyphs, int[] Chars) CommonGlyphs(FontFace face)
    {
        var glyphs = new List<ushort>();
        var chars = new List<int>();
        foreach (var c in CommonChars)
        {
            if (face.HarfBuzzFont.TryGetGlyph((uint)c, out var glyph) && glyph != 0)
            {
                glyphs.Add((ushort)glyph);
                chars.Add(c);
            }
        }

        return ([.. glyphs], [.. chars]);
    }

    private static string Key(SortedSet<ushort> glyphs)
    {
        var key = new StringBuilder(glyphs.Count);
        foreach (var glyph in glyphs)
        {
            key.Append((char)glyph);
        }

        return key.ToString();
    }

    private static string Widths(FontFace face, SortedSet<ushort> glyphs)
    {
        var text = new StringBuilder(glyphs.Count * 12);
        var scale = 1000f / face.UnitsPerEm;
        foreach (var glyph in glyphs)
        {
            text.Append(CultureInfo.InvariantCulture, $"{glyph} [{face.Advance(glyph) * scale:0.###}] ");
        }

        return text.ToString();
    }
}
