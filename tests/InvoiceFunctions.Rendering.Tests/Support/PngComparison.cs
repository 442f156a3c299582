using SkiaSharp;

namespace InvoiceFunctions.Rendering.Tests.Support;

/// <summary>Compares two PNGs pixel by pixel: the share of pixels whose colour differs by more than a threshold.</summary>
internal static class PngComparison
{
    /// <summary>The fraction (0..1) of pixels differing by more than <paramref name="threshold"/> on any channel; 1 when the sizes differ.</summary>
    public static double DifferentPixels(byte[] expected, byte[] actual, int threshold = 48)
    {
        using var a = SKBitmap.Decode(expected);
        using var b = SKBitmap.Decode(actual);
        if (a.Width != b.Width || a.Height != b.Height)
        {
            return 1d;
        }

        var different = 0;
        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                var p = a.GetPixel(x, y);
                var q = b.GetPixel(x, y);
                if (Math.Abs(p.Red - q.Red) > threshold || Math.Abs(p.Green - q.Green) > threshold || Math.Abs(p.Blue - q.Blue) > threshold)
                {
                    different++;
                }
            }
        }

        return (double)different / (a.Width * a.Height);
    }
}
