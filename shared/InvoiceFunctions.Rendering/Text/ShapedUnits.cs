namespace InvoiceFunctions.Rendering.Text;

/// <summary>
/// A string shaped by HarfBuzz in font units, independent of size and colour: glyph ids, advances and offsets, the text of
/// each cluster's first glyph (null elsewhere, for the ToUnicode map) and the distinct characters (for the subset).
/// </summary>
internal sealed record ShapedUnits(string Clean, ushort[] Glyphs, int[] Advances, int[] XOffsets, string?[] ClusterTexts, int[] Runes)
{
    /// <summary>Roughly what the entry holds in memory, for the bound of the shared cache.</summary>
    public int Weight => 64 + (Clean.Length * 2) + (Glyphs.Length * 18) + (Runes.Length * 4);
}
