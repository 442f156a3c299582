using QRCoder;

namespace InvoiceFunctions.Rendering.Payment;

/// <summary>A QR code as a PNG image (error correction M, as EPC069-12 requires), for mails where a PDF's vector code cannot go.</summary>
public static class QrCodePng
{
    public static byte[] Render(string payload, int pixelsPerModule = 6)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M, forceUtf8: true);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }
}
