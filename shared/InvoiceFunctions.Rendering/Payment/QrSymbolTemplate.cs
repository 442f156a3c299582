using System.Numerics;

namespace InvoiceFunctions.Rendering.Payment;

/// <summary>
/// What every symbol of one version shares, made once: the function patterns and which modules they take, and for each
/// of the eight masks the layer to XOR over the unmasked symbol (the mask on the other modules, the format and version
/// bits for that mask), also packed row by row and column by column for the penalty.
/// </summary>
internal sealed class QrSymbolTemplate
{
    private static readonly QrSymbolTemplate?[] Versions = new QrSymbolTemplate?[QrCodewords.MaxVersion + 1];

    private readonly byte[][] layers = new byte[8][];

    private readonly object?[] packed64 = new object?[8];

    private readonly object?[] packed128 = new object?[8];

    private QrSymbolTemplate(int version)
    {
        Size = (version * 4) + 17;
        Modules = new byte[Size * Size];
        Function = new bool[Size * Size];
        QrFunctionPatterns.Draw(Modules, Function, Size, version);
        for (var mask = 0; mask < 8; mask++)
        {
            layers[mask] = new byte[Size * Size];
            Mask(layers[mask], Function, Size, mask);
            QrFunctionPatterns.DrawFormatAndVersion(layers[mask], Size, version, mask);
            packed64[mask] = Size < 64 ? Pack<ulong>(layers[mask], Size) : null;
            packed128[mask] = Pack<UInt128>(layers[mask], Size);
        }
    }

    public int Size { get; }

    /// <summary>The function patterns drawn (format and version areas light).</summary>
    public byte[] Modules { get; }

    public bool[] Function { get; }

    /// <summary>Made on first use; a race makes two equal templates, one of which is kept.</summary>
    public static QrSymbolTemplate Get(int version) => Versions[version] ??= new QrSymbolTemplate(version);

    public byte[] Layer(int mask) => layers[mask];

    public (T[] Rows, T[] Cols) PackedLayer<T>(int mask)
        where T : IBinaryInteger<T> =>
        (ValueTuple<T[], T[]>)(typeof(T) == typeof(ulong) ? packed64[mask] : packed128[mask])!;

    /// <summary>Rows and columns as integers, bit c (or r) for the module in column c (or row r).</summary>
    public static (T[] Rows, T[] Cols) Pack<T>(byte[] modules, int size)
        where T : IBinaryInteger<T>
    {
        var rows = new T[size];
        var cols = new T[size];
        for (var r = 0; r < size; r++)
        {
            for (var c = 0; c < size; c++)
            {
                if (modules[(r * size) + c] != 0)
                {
                    rows[r] |= T.One << c;
                    cols[c] |= T.One << r;
                }
            }
        }

        return (rows, cols);
    }

    /// <summary>Mask <paramref name="mask"/> (row i, column j) on every module outside the function patterns, remainder bits included.</summary>
    private static void Mask(byte[] target, bool[] function, int size, int mask)
    {
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                var flip = !function[(i * size) + j] && mask switch
                {
                    0 => (i + j) % 2 == 0,
                    1 => i % 2 == 0,
                    2 => j % 3 == 0,
                    3 => (i + j) % 3 == 0,
                    4 => ((i / 2) + (j / 3)) % 2 == 0,
                    5 => ((i * j) % 2) + ((i * j) % 3) == 0,
                    6 => (((i * j) % 2) + ((i * j) % 3)) % 2 == 0,
                    _ => (((i + j) % 2) + ((i * j) % 3)) % 2 == 0,
                };
                target[(i * size) + j] = (byte)(flip ? 1 : 0);
            }
        }
    }
}
