namespace InvoiceFunctions.Rendering.Payment;

/// <summary>
/// The modules of a QR code at error correction level M in byte mode (ISO/IEC 18004), for payloads up to version 13:
/// function patterns, the codewords placed in the standard zigzag, and of the eight masks the one with the lowest penalty
/// score (<see cref="QrPenalty"/>, the first on a tie), with its format and version information. The same symbol QRCoder
/// makes for <c>CreateQrCode(text, ECCLevel.M, forceUtf8: true)</c>, on byte arrays instead of lists of bit arrays.
/// </summary>
public static class QrCodeMatrix
{
    /// <summary>Row-major modules without the quiet zone (true = dark), <paramref name="size"/> modules a side.</summary>
    public static bool[] Modules(string text, out int size)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (version, codewords) = QrCodewords.Encode(text);
        size = (version * 4) + 17;
        var modules = new byte[size * size];
        var function = new bool[size * size];
        QrFunctionPatterns.Draw(modules, function, size, version);
        PlaceCodewords(modules, function, size, codewords);

        var best = -1;
        var bestScore = int.MaxValue;
        var candidate = new byte[modules.Length];
        for (var mask = 0; mask < 8; mask++)
        {
            Mask(modules, candidate, function, size, mask);
            QrFunctionPatterns.DrawFormatAndVersion(candidate, size, version, mask);
            var score = QrPenalty.Score(candidate, size);
            if (score < bestScore)
            {
                best = mask;
                bestScore = score;
            }
        }

        Mask(modules, candidate, function, size, best);
        QrFunctionPatterns.DrawFormatAndVersion(candidate, size, version, best);
        return Array.ConvertAll(candidate, m => m != 0);
    }

    /// <summary>The codeword bits from the bottom right, two columns at a time, up then down, skipping the vertical timing column and function modules.</summary>
    private static void PlaceCodewords(byte[] modules, bool[] function, int size, byte[] codewords)
    {
        var bit = 0;
        var total = codewords.Length * 8;
        var up = true;
        for (var right = size - 1; right >= 1; right -= 2)
        {
            if (right == 6)
            {
                right = 5;
            }

            for (var step = 0; step < size; step++)
            {
                var row = up ? size - 1 - step : step;
                for (var col = right; col > right - 2; col--)
                {
                    var index = (row * size) + col;
                    if (!function[index] && bit < total)
                    {
                        modules[index] = (byte)((codewords[bit >> 3] >> (7 - (bit & 7))) & 1);
                        bit++;
                    }
                }
            }

            up = !up;
        }
    }

    /// <summary>Copies the modules into <paramref name="target"/> with mask <paramref name="mask"/> applied to every module outside the function patterns (remainder bits included).</summary>
    private static void Mask(byte[] modules, byte[] target, bool[] function, int size, int mask)
    {
        for (var row = 0; row < size; row++)
        {
            for (var col = 0; col < size; col++)
            {
                var index = (row * size) + col;
                var flip = !function[index] && mask switch
                {
                    0 => (row + col) % 2 == 0,
                    1 => row % 2 == 0,
                    2 => col % 3 == 0,
                    3 => (row + col) % 3 == 0,
                    4 => ((row / 2) + (col / 3)) % 2 == 0,
                    5 => ((row * col) % 2) + ((row * col) % 3) == 0,
                    6 => (((row * col) % 2) + ((row * col) % 3)) % 2 == 0,
                    _ => (((row + col) % 2) + ((row * col) % 3)) % 2 == 0,
                };
                target[index] = (byte)(modules[index] ^ (flip ? 1 : 0));
            }
        }
    }
}
