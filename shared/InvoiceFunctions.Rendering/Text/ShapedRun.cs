namespace InvoiceFunctions.Rendering.Text;

/// <summary>A line of text shaped once (glyph ids and x offsets from HarfBuzz), measured for layout and drawn as is.</summary>
internal sealed record ShapedRun(string Text, TextStyle Style, ushort[] Glyphs, float[] Offsets, float Width);
