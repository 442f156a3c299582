using System.Text;
using InvoiceFunctions.Rendering.Templates;
using InvoiceFunctions.Rendering.Tests.Support;
using SkiaSharp;

namespace InvoiceFunctions.Rendering.Tests.Templates;

/// <summary>Logo formats told from the bytes, and rasters refused by their declared size before decoding.</summary>
public sealed class LogoImageTests
{
    [Fact]
    public void Sniff_PngJpegSvg_FromBytesNotNames()
    {
        Assert.Equal(LogoFormat.Png, LogoImage.Sniff(TestImages.LogoPng()));
        Assert.Equal(LogoFormat.Jpeg, LogoImage.Sniff(TestImages.LogoJpeg()));
        Assert.Equal(LogoFormat.Svg, LogoImage.Sniff(TestImages.LogoSvg()));
        Assert.Equal(LogoFormat.Svg, LogoImage.Sniff(Encoding.UTF8.GetBytes("\uFEFF<?xml version=\"1.0\"?>\n<!-- logo -->\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>")));
        Assert.Null(LogoImage.Sniff("<html><svg></svg></html>"u8));
        Assert.Null(LogoImage.Sniff("<svgx/>"u8));
        Assert.Null(LogoImage.Sniff("%PDF-1.7"u8));
        Assert.Null(LogoImage.Sniff([]));
    }

    [Fact]
    public void Problem_GoodLogos_None()
    {
        Assert.Null(LogoImage.Problem(TestImages.LogoPng()));
        Assert.Null(LogoImage.Problem(TestImages.LogoJpeg()));
        Assert.Null(LogoImage.Problem(TestImages.LogoSvg()));
    }

    [Fact]
    public void Problem_TooLargeOrDeclaredHuge_Refused()
    {
        var tooLarge = new byte[LogoImage.MaxBytes + 1];
        TestImages.LogoPng().CopyTo(tooLarge, 0);

        Assert.Contains("512 KiB", LogoImage.Problem(tooLarge), StringComparison.Ordinal);
        Assert.Contains("at most 4096", LogoImage.Problem(PngDeclaring(60_000, 60_000)), StringComparison.Ordinal);
        Assert.Contains("not a PNG, JPEG or SVG", LogoImage.Problem("GIF89a"u8), StringComparison.Ordinal);
    }

    /// <summary>A valid 1 x 1 PNG whose IHDR is rewritten to claim another size (a decompression bomb's header).</summary>
    private static byte[] PngDeclaring(int width, int height)
    {
        using var bitmap = new SKBitmap(1, 1);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        var png = data.ToArray();
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        var crc = Crc32(png.AsSpan(12, 17));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), crc);
        return png;
    }

    /// <summary>PNG's chunk CRC (ISO 3309), so libpng accepts the rewritten header.</summary>
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
