using System.Numerics;

namespace InvoiceFunctions.Rendering.Payment;

/// <summary>
/// The mask penalty of ISO/IEC 18004 (7.8.3), over the symbol without its quiet zone: N1 runs of five or more same-colour
/// modules in a row or column (3 + 1 per module beyond five), N2 2 x 2 blocks of one colour (3 each, overlapping), N3
/// the finder-like 1:1:3:1:1 pattern with four light modules before or after it, wholly inside the symbol (40 each),
/// N4 10 per full 5 % step of the dark share away from 50 % (on an exact multiple of 5 % below half, the lower step:
/// the standard's boundaries are ambiguous there; this reading is QRCoder's too). Each row and column is one integer
/// (bit c = module c), so every rule is a handful of word operations per line instead of a branch per module.
/// </summary>
internal static class QrPenalty
{
    public static int Score<T>(T[] rows, T[] cols, int size)
        where T : IBinaryInteger<T>
    {
        var score = 0;
        var dark = 0;
        for (var i = 0; i < size; i++)
        {
            score += Line(rows[i], size) + Line(cols[i], size);
            dark += int.CreateTruncating(T.PopCount(rows[i]));
        }

        // N2: bit c of the block mask is set when modules c and c+1 of two adjacent rows are all one colour.
        var pairs = (T.One << (size - 1)) - T.One;
        for (var r = 0; r < size - 1; r++)
        {
            var vertical = ~(rows[r] ^ rows[r + 1]);
            var horizontal = ~(rows[r] ^ (rows[r] >> 1));
            score += 3 * int.CreateTruncating(T.PopCount(vertical & (vertical >> 1) & horizontal & pairs));
        }

        var twentieths = dark * 20 / (size * size);
        return score + (Math.Min(Math.Abs(twentieths - 10), Math.Abs(twentieths - 9)) * 10);
    }

    /// <summary>N1 and N3 along one line.</summary>
    private static int Line<T>(T line, int size)
        where T : IBinaryInteger<T>
    {
        // N1: bit c of "five" is set when modules c..c+4 are one colour. A run of L >= 5 modules sets L - 4 consecutive
        // bits and costs L - 2: the bits plus 2 per group of them (runs of five or more are at least four bits apart).
        var equal = ~(line ^ (line >> 1)) & ((T.One << (size - 1)) - T.One);
        var five = equal & (equal >> 1) & (equal >> 2) & (equal >> 3);
        var score = int.CreateTruncating(T.PopCount(five)) + (2 * int.CreateTruncating(T.PopCount(five & ~(five << 1))));

        // N3: dark-light-dark-dark-dark-light-dark with four light modules after (first) or before (second) it, starting at bit c.
        var s0 = line;
        var s1 = line >> 1;
        var s2 = line >> 2;
        var s3 = line >> 3;
        var s4 = line >> 4;
        var s5 = line >> 5;
        var s6 = line >> 6;
        var s7 = line >> 7;
        var s8 = line >> 8;
        var s9 = line >> 9;
        var s10 = line >> 10;
        var starts = (T.One << (size - 10)) - T.One;
        var finderThenLight = s0 & ~s1 & s2 & s3 & s4 & ~s5 & s6 & ~(s7 | s8 | s9 | s10) & starts;
        var lightThenFinder = ~(s0 | s1 | s2 | s3) & s4 & ~s5 & s6 & s7 & s8 & ~s9 & s10 & starts;
        return score + (40 * int.CreateTruncating(T.PopCount(finderThenLight) + T.PopCount(lightThenFinder)));
    }
}
