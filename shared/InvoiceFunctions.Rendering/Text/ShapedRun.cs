namespace InvoiceFunctions.Rendering.Text;

/// <summary>A line of text shaped once (glyph ids from HarfBuzz, x offsets at its size), measured for layout and drawn as is.</summary>
internal sealed record ShapedRun(string Text, TextStyle Style, ushort[] Glyphs, SizedRun Sized)
{
    public float[] Offsets => Sized.Offsets;

    public float Width => Sized.Width;
}
