namespace InvoiceFunctions.Rendering.Text;

/// <summary>
/// A string shaped by HarfBuzz in font units, independent of size and colour: glyph ids, advances and offsets, the text of
/// each cluster's first glyph (null elsewhere, for the ToUnicode map), the distinct glyphs and characters (for the
/// subset), and the sizes it has been laid out at so far.
/// </summary>
internal sealed class ShapedUnits(string clean, ushort[] glyphs, int[] advances, int[] xOffsets, string?[] clusterTexts, int[] runes)
{
    private SizedRun[] sizes = [];

    public string Clean { get; } = clean;

    public ushort[] Glyphs { get; } = glyphs;

    public ushort[] DistinctGlyphs { get; } = [.. glyphs.Distinct()];

    /// <summary>Each glyph with the text of the first cluster it starts in this string, in order (what a document's ToUnicode map keeps when the string is its first use of the glyph).</summary>
    public (ushort Glyph, string Text)[] FirstTexts { get; } =
        [.. glyphs.Select((glyph, i) => (Glyph: glyph, Text: clusterTexts[i])).Where(g => g.Text is not null).DistinctBy(g => g.Glyph).Select(g => (g.Glyph, g.Text!))];

    public int[] Runes { get; } = runes;

    /// <summary>Roughly what the entry holds in memory, for the bound of the shared cache (a few sizes included).</summary>
    public int Weight => 64 + (Clean.Length * 2) + (Glyphs.Length * 40) + (Runes.Length * 4);

    /// <summary>
    /// The run at <paramref name="size"/>: each glyph's offset is the running sum of size / unitsPerEm x its advance, in
    /// single precision (see <see cref="TextShaper.Shape"/>). Made once per size; a race makes it twice, the same.
    /// </summary>
    public SizedRun At(float size, int unitsPerEm)
    {
        var known = sizes;
        foreach (var run in known)
        {
            if (run.Size == size)
            {
                return run;
            }
        }

        var offsets = new float[Glyphs.Length];
        var scale = size / unitsPerEm;
        var pen = 0f;
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = xOffsets[i] == 0 ? pen : pen + (scale * xOffsets[i]);
            pen += scale * advances[i];
        }

        var made = new SizedRun(size, offsets, pen);
        Interlocked.CompareExchange(ref sizes, [.. known, made], known);
        return made;
    }
}
