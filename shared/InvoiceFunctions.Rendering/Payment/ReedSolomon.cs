namespace InvoiceFunctions.Rendering.Payment;

/// <summary>Reed-Solomon error correction over GF(256) with the QR code's polynomial x^8 + x^4 + x^3 + x^2 + 1.</summary>
internal static class ReedSolomon
{
    private static readonly byte[] Exp = new byte[512];

    private static readonly byte[] Log = new byte[256];

    static ReedSolomon()
    {
        var x = 1;
        for (var i = 0; i < 255; i++)
        {
            Exp[i] = (byte)x;
            Log[x] = (byte)i;
            x <<= 1;
            if (x >= 256)
            {
                x ^= 0x11D;
            }
        }

        for (var i = 255; i < 512; i++)
        {
            Exp[i] = Exp[i - 255];
        }
    }

    private static byte Multiply(byte a, byte b) => a == 0 || b == 0 ? (byte)0 : Exp[Log[a] + Log[b]];

    /// <summary>The generator polynomial (x - a^0)(x - a^1)...(x - a^(degree-1)), coefficients from the highest power down, the leading 1 left out.</summary>
    public static byte[] Generator(int degree)
    {
        var g = new byte[degree];
        g[degree - 1] = 1;
        byte root = 1;
        for (var i = 0; i < degree; i++)
        {
            for (var j = 0; j < degree; j++)
            {
                g[j] = Multiply(g[j], root);
                if (j + 1 < degree)
                {
                    g[j] ^= g[j + 1];
                }
            }

            root = Multiply(root, 2);
        }

        return g;
    }

    /// <summary>The remainder of data x^degree divided by the generator: the error correction codewords.</summary>
    public static byte[] Remainder(byte[] data, byte[] generator)
    {
        var result = new byte[generator.Length];
        foreach (var b in data)
        {
            var factor = (byte)(b ^ result[0]);
            Array.Copy(result, 1, result, 0, result.Length - 1);
            result[^1] = 0;
            for (var i = 0; i < result.Length; i++)
            {
                result[i] ^= Multiply(generator[i], factor);
            }
        }

        return result;
    }
}
