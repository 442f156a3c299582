namespace InvoiceFunctions.Rendering.Payment;

/// <summary>The fixed parts of a QR symbol (ISO/IEC 18004): finder, separator, timing and alignment patterns, the dark module, and the reserved format and version areas.</summary>
internal static class QrFunctionPatterns
{
    /// <summary>Centre coordinates of the alignment patterns, versions 2..13.</summary>
    private static readonly int[][] Alignment =
    [
        [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50], [6, 30, 54], [6, 32, 58], [6, 34, 62],
    ];

    /// <summary>Draws the patterns and marks every function module (reserved areas included) in <paramref name="function"/>.</summary>
    public static void Draw(byte[] modules, bool[] function, int size, int version)
    {
        for (var i = 0; i < size; i++)
        {
            Set(modules, function, size, 6, i, i % 2 == 0);
            Set(modules, function, size, i, 6, i % 2 == 0);
        }

        Finder(modules, function, size, 3, 3);
        Finder(modules, function, size, size - 4, 3);
        Finder(modules, function, size, 3, size - 4);
        var centres = Alignment[version - 1];
        foreach (var row in centres)
        {
            foreach (var col in centres)
            {
                var onFinder = (row == 6 && col == 6) || (row == 6 && col == centres[^1]) || (row == centres[^1] && col == 6);
                if (!onFinder)
                {
                    for (var dy = -2; dy <= 2; dy++)
                    {
                        for (var dx = -2; dx <= 2; dx++)
                        {
                            Set(modules, function, size, row + dy, col + dx, Math.Max(Math.Abs(dx), Math.Abs(dy)) != 1);
                        }
                    }
                }
            }
        }

        // Format areas beside the finders, the dark module, and for version 7 and up the two version blocks.
        for (var i = 0; i < 9; i++)
        {
            function[(8 * size) + i] = function[(i * size) + 8] = true;
        }

        for (var i = 0; i < 8; i++)
        {
            function[(8 * size) + size - 1 - i] = function[((size - 1 - i) * size) + 8] = true;
        }

        Set(modules, function, size, size - 8, 8, true);
        if (version >= 7)
        {
            for (var i = 0; i < 18; i++)
            {
                function[((size - 11 + (i % 3)) * size) + (i / 3)] = function[((i / 3) * size) + size - 11 + (i % 3)] = true;
            }
        }
    }

    /// <summary>The 15 format bits (level M, the mask, BCH code, XOR 0x5412) in both copies, and the 18 version bits from version 7.</summary>
    public static void DrawFormatAndVersion(byte[] modules, int size, int version, int mask)
    {
        var data = mask; // Level M's two bits are 00.
        var remainder = data;
        for (var i = 0; i < 10; i++)
        {
            remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537);
        }

        var bits = ((data << 10) | remainder) ^ 0x5412;
        for (var i = 0; i < 15; i++)
        {
            var bit = (byte)((bits >> i) & 1);
            var (row1, col1) = i < 6 ? (i, 8) : i < 8 ? (i + 1, 8) : i == 8 ? (8, 7) : (8, 14 - i);
            modules[(row1 * size) + col1] = bit;
            var (row2, col2) = i < 8 ? (8, size - 1 - i) : (size - 15 + i, 8);
            modules[(row2 * size) + col2] = bit;
        }

        if (version < 7)
        {
            return;
        }

        var versionRemainder = version;
        for (var i = 0; i < 12; i++)
        {
            versionRemainder = (versionRemainder << 1) ^ ((versionRemainder >> 11) * 0x1F25);
        }

        var versionBits = (version << 12) | versionRemainder;
        for (var i = 0; i < 18; i++)
        {
            var bit = (byte)((versionBits >> i) & 1);
            var near = size - 11 + (i % 3);
            modules[(near * size) + (i / 3)] = bit;
            modules[((i / 3) * size) + near] = bit;
        }
    }

    /// <summary>A 7 x 7 finder centred on (row, col) and its light separator.</summary>
    private static void Finder(byte[] modules, bool[] function, int size, int row, int col)
    {
        for (var dy = -4; dy <= 4; dy++)
        {
            for (var dx = -4; dx <= 4; dx++)
            {
                var r = row + dy;
                var c = col + dx;
                if (r >= 0 && r < size && c >= 0 && c < size)
                {
                    var distance = Math.Max(Math.Abs(dx), Math.Abs(dy));
                    Set(modules, function, size, r, c, distance != 2 && distance != 4);
                }
            }
        }
    }

    private static void Set(byte[] modules, bool[] function, int size, int row, int col, bool dark)
    {
        modules[(row * size) + col] = (byte)(dark ? 1 : 0);
        function[(row * size) + col] = true;
    }
}
