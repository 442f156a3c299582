using InvoiceFunctions.Rendering.FacturX;
using InvoiceFunctions.Rendering.Templates;
using InvoiceFunctions.Rendering.Tests.Support;
using SkiaSharp;

namespace InvoiceFunctions.Rendering.Tests.Templates;

/// <summary>Raster logos written straight into the PDF as image XObjects: a JPEG passed through byte for byte, a PNG's transparency kept as a soft mask; the Factur-X file stays valid and small.</summary>
public sealed class LogoXObjectTests
{
    [Fact]
    public void Write_JpegLogo_PassedThroughUnchangedAndDrawnInTheLogoBox()
    {
        var jpeg = TestImages.LogoJpeg();

        var pdf = FacturXWriter.Write(SampleInvoices.Invoice(10), options: new RenderOptions { Template = new CompanyTemplate { Logo = jpeg } });

        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            var image = Assert.Single(document.GetPage(1).GetImages());
            Assert.Equal(jpeg, image.RawBytes.ToArray());
        }

        // 30 x 20 px into the 150 x 55 pt box at (42, 40): scale 2.75, so 82.5 x 55 pt.
        using var page = PageImage.At72Dpi(pdf);
        var colour = page.GetPixel(80, 65);
        Assert.InRange(colour.Red, 0x36, 0x56);
        Assert.InRange(colour.Blue, 0xA4, 0xC4);
        Assert.Equal(SKColors.White, page.GetPixel(130, 65));
        AssertValidAndSmall(pdf);
    }

    [Fact]
    public void Write_TransparentPngLogo_ImageWithSoftMaskOverWhite()
    {
        var pdf = FacturXWriter.Write(SampleInvoices.Invoice(10), options: new RenderOptions { Template = new CompanyTemplate { Logo = TestImages.LogoPng() } });

        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            var image = Assert.Single(document.GetPage(1).GetImages());
            Assert.Equal(120, image.WidthInSamples);
            Assert.True(image.ImageDictionary.ContainsKey(UglyToad.PdfPig.Tokens.NameToken.Create("SMask")));
        }

        // 120 x 40 px into the box: scale 1.25; the red square is x 42-92, the gap to the bar (x 92-102) is transparent.
        using var page = PageImage.At72Dpi(pdf);
        Assert.Equal(new SKColor(0xC0, 0x39, 0x2B), page.GetPixel(67, 65).WithAlpha(0xFF));
        Assert.Equal(SKColors.White, page.GetPixel(97, 65).WithAlpha(0xFF));
        AssertValidAndSmall(pdf);
    }

    private static void AssertValidAndSmall(byte[] pdf)
    {
        var check = Tool.WithFile(pdf, ".pdf", path => Tool.Run("qpdf", "--check", path));
        Assert.Equal(0, check.ExitCode);
        Assert.DoesNotContain("WARNING", check.Output + check.Error, StringComparison.Ordinal);
        Assert.InRange(pdf.Length, 1000, 60 * 1024);
    }
}
