using SkiaSharp;

namespace InvoiceFunctions.Rendering.Tests.Support;

/// <summary>Small logos made here (a coloured rounded square with a bar), so no binary fixture is needed.</summary>
internal static class TestImages
{
    public static byte[] LogoPng()
    {
        using var surface = SKSurface.Create(new SKImageInfo(120, 40));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        using var paint = new SKPaint { Color = new SKColor(0xC0, 0x39, 0x2B), IsAntialias = true };
        canvas.DrawRoundRect(new SKRect(0, 0, 40, 40), 8, 8, paint);
        paint.Color = new SKColor(0x33, 0x33, 0x33);
        canvas.DrawRect(new SKRect(48, 14, 118, 26), paint);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>A plain steel-blue 30 x 20 JPEG (baseline, JFIF), as a photo-like logo.</summary>
    public static byte[] LogoJpeg()
    {
        using var bitmap = new SKBitmap(30, 20);
        bitmap.Erase(SKColors.SteelBlue);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    /// <summary>The same logo as SVG (vectors), 120 x 40 user units.</summary>
    public static byte[] LogoSvg() => System.Text.Encoding.UTF8.GetBytes(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" width="120" height="40">
          <rect x="0" y="0" width="40" height="40" rx="8" fill="#C0392B"/>
          <rect x="48" y="14" width="70" height="12" fill="#333333"/>
        </svg>
        """);
}
