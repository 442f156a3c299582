using System.Numerics;

namespace InvoiceFunctions.Rendering.Payment;

/// <summary>
/// The modules of a QR code at error correction level M in byte mode (ISO/IEC 18004), for payloads up to version 13:
/// function patterns, the codewords placed in the standard zigzag, and of the eight masks the one with the lowest penalty
/// score (<see cref="QrPenalty"/>, the first on a tie), with its format and version information. The same symbol QRCoder
/// makes for <c>CreateQrCode(text, ECCLevel.M, forceUtf8: true)</c>. Each candidate is the unmasked symbol XOR a layer
/// made once per version and mask (the mask over the data modules plus that mask's format bits), row by row as integers.
/// </summary>
public static class QrCodeMatrix
{
    /// <summary>Row-major modules without the quiet zone (true = dark), <paramref name="size"/> modules a side.</summary>
    public static bool[] Modules(string text, out int size)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (version, codewords) = QrCodewords.Encode(text);
        var symbol = QrSymbolTemplate.Get(version);
        size = symbol.Size;
        var modules = (byte[])symbol.Modules.Clone();
        PlaceCodewords(modules, symbol.Function, size, codewords);
        // Rows up to 61 modules (version 11) fit a 64-bit integer; versions 12 and 13 take 128 bits.
        var mask = size < 64 ? BestMask<ulong>(modules, symbol) : BestMask<UInt128>(modules, symbol);
        var result = new bool[modules.Length];
        var layer = symbol.Layer(mask);
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (modules[i] ^ layer[i]) != 0;
        }

        return result;
    }

    private static int BestMask<T>(byte[] modules, QrSymbolTemplate symbol)
        where T : IBinaryInteger<T>
    {
        var size = symbol.Size;
        var (rows, cols) = QrSymbolTemplate.Pack<T>(modules, size);
        var candidateRows = new T[size];
        var candidateCols = new T[size];
        var best = -1;
        var bestScore = int.MaxValue;
        for (var mask = 0; mask < 8; mask++)
        {
            var (layerRows, layerCols) = symbol.PackedLayer<T>(mask);
            for (var i = 0; i < size; i++)
            {
                candidateRows[i] = rows[i] ^ layerRows[i];
                candidateCols[i] = cols[i] ^ layerCols[i];
            }

            var score = QrPenalty.Score(candidateRows, candidateCols, size);
            if (score < bestScore)
            {
                best = mask;
                bestScore = score;
            }
        }

        return best;
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
}
