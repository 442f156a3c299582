using System.Text;
using InvoiceFunctions.Rendering.Fonts;
using InvoiceFunctions.Rendering.Pdf;

namespace InvoiceFunctions.Rendering.Text;

/// <summary>
/// A shaped string at one size, shared by every document that prints it at that size: each glyph's x offset, the width,
/// and (made on first use) its TJ operand for the direct painter, so a label or an amount already seen is written by
/// copying a string.
/// </summary>
internal sealed class SizedRun(float size, float[] offsets, float width)
{
    private string? operand;

    public float Size { get; } = size;

    public float[] Offsets { get; } = offsets;

    public float Width { get; } = width;

    /// <summary>"[&lt;glyph ids&gt; adjustment &lt;...&gt;]": the glyphs as one string, with a TJ adjustment wherever the layout moved a glyph off its advance (kerning). Two threads may both make it; both make the same text.</summary>
    public string Operand(ushort[] glyphs, FontFace face) => operand ??= MakeOperand(glyphs, face);

    private string MakeOperand(ushort[] glyphs, FontFace face)
    {
        var pen = new PdfContent(new StringBuilder((glyphs.Length * 4) + 8));
        pen.Raw("[<");
        var scale = Size / face.UnitsPerEm;
        for (var i = 0; i < glyphs.Length; i++)
        {
            if (i > 0)
            {
                var expected = Offsets[i - 1] + (scale * face.Advance(glyphs[i - 1]));
                var shift = Offsets[i] - expected;
                if (Math.Abs(shift) > 0.0005f)
                {
                    pen.Raw("> ").Number(-shift * 1000f / Size).Raw(" <");
                }
            }

            pen.Glyph(glyphs[i]);
        }

        return pen.Raw(">]").ToString();
    }
}
