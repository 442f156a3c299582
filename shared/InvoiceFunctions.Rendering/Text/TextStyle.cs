using SkiaSharp;

namespace InvoiceFunctions.Rendering.Text;

/// <summary>How a run of text looks: size in points, weight and colour.</summary>
internal readonly record struct TextStyle(float Size, bool Bold, SKColor Color)
{
    public TextStyle WithColor(SKColor color) => this with { Color = color };

    public TextStyle WithSize(float size) => this with { Size = size };

    public TextStyle AsBold() => this with { Bold = true };
}
