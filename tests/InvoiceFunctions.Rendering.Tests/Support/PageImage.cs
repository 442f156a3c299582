using SkiaSharp;

namespace InvoiceFunctions.Rendering.Tests.Support;

/// <summary>The first page of a PDF rasterised by pdftoppm at 72 dpi (one pixel per point), without anti-aliasing.</summary>
internal static class PageImage
{
    public static SKBitmap At72Dpi(byte[] pdf)
    {
        var png = Tool.WithFile(pdf, ".pdf", path =>
        {
            Assert.Equal(0, Tool.Run("pdftoppm", "-png", "-r", "72", "-aa", "no", "-aaVector", "no", "-f", "1", "-l", "1", "-singlefile", path, path).ExitCode);
            var bytes = File.ReadAllBytes(path + ".png");
            File.Delete(path + ".png");
            return bytes;
        });
        return SKBitmap.Decode(png);
    }
}
