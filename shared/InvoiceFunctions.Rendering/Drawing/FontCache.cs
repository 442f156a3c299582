using SkiaSharp;

namespace InvoiceFunctions.Rendering.Drawing;

/// <summary>The subset typefaces of one document and one SKFont per weight and size.</summary>
internal sealed class FontCache(SKTypeface regular, SKTypeface bold) : IDisposable
{
    private readonly Dictionary<(bool, float), SKFont> fonts = [];

    public SKFont Get(bool isBold, float size)
    {
        if (!fonts.TryGetValue((isBold, size), out var font))
        {
            font = new SKFont(isBold ? bold : regular, size);
            fonts[(isBold, size)] = font;
        }

        return font;
    }

    public void Dispose()
    {
        foreach (var font in fonts.Values)
        {
            font.Dispose();
        }
    }
}
