using QRCoder;
using SkiaSharp;

namespace InvoiceFunctions.Rendering.Payment;

/// <summary>A QR code (QRCoder, error correction M as EPC069-12 requires) as rectangles, one per run of dark modules in a row, filled as one shape.</summary>
internal static class QrCodePath
{
    public static List<SKRect> Build(string payload, SKRect area)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M, forceUtf8: true);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var module = Math.Min(area.Width, area.Height) / size;
        var runs = new List<SKRect>();
        for (var row = 0; row < size; row++)
        {
            var bits = matrix[row];
            var col = 0;
            while (col < size)
            {
                if (!bits[col])
                {
                    col++;
                    continue;
                }

                var start = col;
                while (col < size && bits[col])
                {
                    col++;
                }

                runs.Add(SKRect.Create(area.Left + (start * module), area.Top + (row * module), (col - start) * module, module));
            }
        }

        return runs;
    }
}
