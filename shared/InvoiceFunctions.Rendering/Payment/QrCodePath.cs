using SkiaSharp;

namespace InvoiceFunctions.Rendering.Payment;

/// <summary>A QR code (<see cref="QrCodeMatrix"/>, error correction M as EPC069-12 requires) as rectangles, one per run of dark modules in a row, filled as one shape; the area includes the four-module quiet zone.</summary>
internal static class QrCodePath
{
    private const int QuietZone = 4;

    public static List<SKRect> Build(string payload, SKRect area)
    {
        var dark = QrCodeMatrix.Modules(payload, out var size);
        var module = Math.Min(area.Width, area.Height) / (size + (2 * QuietZone));
        var runs = new List<SKRect>();
        for (var row = 0; row < size; row++)
        {
            var col = 0;
            while (col < size)
            {
                if (!dark[(row * size) + col])
                {
                    col++;
                    continue;
                }

                var start = col;
                while (col < size && dark[(row * size) + col])
                {
                    col++;
                }

                runs.Add(SKRect.Create(area.Left + ((start + QuietZone) * module), area.Top + ((row + QuietZone) * module), (col - start) * module, module));
            }
        }

        return runs;
    }
}
