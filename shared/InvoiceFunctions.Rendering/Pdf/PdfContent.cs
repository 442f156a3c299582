using System.Text;
using SkiaSharp;

namespace InvoiceFunctions.Rendering.Pdf;

/// <summary>A page content stream being written: operators and numbers (at most three decimals, no exponent), fill colour changes only.</summary>
internal sealed class PdfContent
{
    private readonly StringBuilder text;
    private SKColor? fill;

    public PdfContent()
        : this(new StringBuilder(8192))
    {
    }

    public PdfContent(StringBuilder text)
    {
        this.text = text;
    }

    public PdfContent Raw(string operators)
    {
        text.Append(operators);
        return this;
    }

    public PdfContent Number(float value)
    {
        var thousandths = (long)Math.Round(value * 1000d);
        if (thousandths < 0)
        {
            text.Append('-');
            thousandths = -thousandths;
        }

        text.Append(thousandths / 1000);
        var fraction = (int)(thousandths % 1000);
        if (fraction != 0)
        {
            text.Append('.');
            text.Append((char)('0' + (fraction / 100)));
            if (fraction % 100 != 0)
            {
                text.Append((char)('0' + (fraction / 10 % 10)));
                if (fraction % 10 != 0)
                {
                    text.Append((char)('0' + (fraction % 10)));
                }
            }
        }

        return this;
    }

    public PdfContent Fill(SKColor color)
    {
        if (fill != color)
        {
            fill = color;
            Number(color.Red / 255f).Raw(" ").Number(color.Green / 255f).Raw(" ").Number(color.Blue / 255f).Raw(" rg\n");
        }

        return this;
    }

    public PdfContent Rect(SKRect rect) =>
        Number(rect.Left).Raw(" ").Number(rect.Top).Raw(" ").Number(rect.Width).Raw(" ").Number(rect.Height).Raw(" re\n");

    /// <summary>A glyph id as four hex digits (Identity-H encoding).</summary>
    public PdfContent Glyph(ushort glyph)
    {
        const string Hex = "0123456789ABCDEF";
        text.Append(Hex[glyph >> 12]).Append(Hex[(glyph >> 8) & 0xF]).Append(Hex[(glyph >> 4) & 0xF]).Append(Hex[glyph & 0xF]);
        return this;
    }

    public override string ToString() => text.ToString();
}
