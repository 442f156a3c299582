using System.Text;
using InvoiceFunctions.Rendering.Tests.Support;

namespace InvoiceFunctions.Rendering.Tests.Payment;

/// <summary>The QR code printed in the PDF, rasterised by pdftoppm and decoded by zbarimg (zbar-tools), carries the EPC payload.</summary>
public sealed class QrCodeRenderingTests
{
    [Fact]
    public void Render_EuroInvoice_QrCodeDecodesToEpcPayload()
    {
        var pdf = InvoicePdfRenderer.Render(SampleInvoices.Invoice(10));

        var decoded = Tool.WithFile(pdf, ".pdf", path =>
        {
            Assert.Equal(0, Tool.Run("pdftoppm", "-png", "-r", "150", "-singlefile", path, path).ExitCode);
            var zbar = Tool.RunBinary("zbarimg", "--raw", "-q", "-Sbinary", path + ".png");
            File.Delete(path + ".png");
            return zbar;
        });

        Assert.Equal("BCD\n002\n1\nSCT\nAGRIFRPP\nÉditions Lumière\nFR7630006000011234567890189\nEUR21801.37\n\nRF18539007547034", Encoding.UTF8.GetString(decoded));
    }
}
