using SkiaSharp;

namespace InvoiceFunctions.Rendering.Tests.Support;

/// <summary>A small logo made here (a coloured rounded square with a bar), so no binary fixture is needed.</summary>
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
}
