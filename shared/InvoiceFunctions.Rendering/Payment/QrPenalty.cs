namespace InvoiceFunctions.Rendering.Payment;

/// <summary>
/// The mask penalty of ISO/IEC 18004 (7.8.3), over the symbol without its quiet zone: N1 runs of five or more same-colour
/// modules in a row or column (3 + 1 per module beyond five), N2 2 x 2 blocks of one colour (3 each, overlapping), N3
/// the finder-like 1:1:3:1:1 pattern with four light modules before or after it, wholly inside the symbol (40 each),
/// N4 10 per full 5 % step of the dark share away from 50 % (on an exact multiple of 5 % below half, the lower step:
/// the standard's boundaries are ambiguous there; this reading is QRCoder's too).
/// </summary>
internal static class QrPenalty
{
    /// <summary>Dark-light-dark-dark-dark-light-dark followed by four light modules, as 11 bits (first module highest).</summary>
    private const int FinderThenLight = 0b10111010000;

    /// <summary>Four light modules then the finder-like pattern.</summary>
    private const int LightThenFinder = 0b00001011101;

    public static int Score(byte[] m, int size)
    {
        var score = 0;
        for (var i = 0; i < size; i++)
        {
            score += Line(m, i * size, 1, size) + Line(m, i, size, size);
        }

        var dark = 0;
        for (var row = 0; row < size; row++)
        {
            var at = row * size;
            for (var col = 0; col < size; col++)
            {
                dark += m[at + col];
                if (row < size - 1 && col < size - 1)
                {
                    var v = m[at + col];
                    if (v == m[at + col + 1] && v == m[at + size + col] && v == m[at + size + col + 1])
                    {
                        score += 3;
                    }
                }
            }
        }

        var twentieths = dark * 20 / (size * size);
        return score + (Math.Min(Math.Abs(twentieths - 10), Math.Abs(twentieths - 9)) * 10);
    }

    /// <summary>N1 and N3 along one row (step 1) or column (step = size).</summary>
    private static int Line(byte[] m, int start, int step, int size)
    {
        var score = 0;
        var run = 0;
        var last = -1;
        var window = 0;
        for (var k = 0; k < size; k++)
        {
            var v = m[start + (k * step)];
            run = v == last ? run + 1 : 1;
            last = v;
            if (run == 5)
            {
                score += 3;
            }
            else if (run > 5)
            {
                score++;
            }

            window = ((window << 1) | v) & 0x7FF;
            if (k >= 10 && (window == FinderThenLight || window == LightThenFinder))
            {
                score += 40;
            }
        }

        return score;
    }
}
