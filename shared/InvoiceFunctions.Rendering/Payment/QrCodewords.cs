using System.Text;

namespace InvoiceFunctions.Rendering.Payment;

/// <summary>
/// The codewords of a QR code in byte mode at error correction level M (ISO/IEC 18004): the smallest version that holds
/// the UTF-8 text (no ECI header, as QRCoder writes it with forceUtf8), mode and count indicators, terminator and pad
/// bytes, Reed-Solomon error correction per block, blocks interleaved. Versions 1 to 13 only: the largest EPC069-12
/// payload (331 bytes) is exactly version 13-M.
/// </summary>
internal static class QrCodewords
{
    /// <summary>Level M per version 1..13: error correction codewords per block, blocks of the first group and their data codewords, blocks of the second group (one data codeword more).</summary>
    private static readonly (int Ec, int Blocks1, int Data1, int Blocks2)[] LevelM =
    [
        (10, 1, 16, 0), (16, 1, 28, 0), (26, 1, 44, 0), (18, 2, 32, 0), (24, 2, 43, 0), (16, 4, 27, 0), (18, 4, 31, 0),
        (22, 2, 38, 2), (22, 3, 36, 2), (26, 4, 43, 1), (30, 1, 50, 4), (22, 6, 36, 2), (22, 8, 37, 1),
    ];

    public const int MaxVersion = 13;

    /// <summary>The version chosen and the interleaved codewords to place.</summary>
    public static (int Version, byte[] Codewords) Encode(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        for (var version = 1; version <= MaxVersion; version++)
        {
            var (ec, blocks1, data1, blocks2) = LevelM[version - 1];
            var dataCount = (blocks1 * data1) + (blocks2 * (data1 + 1));
            var countBits = version < 10 ? 8 : 16;
            if (4 + countBits + (bytes.Length * 8) <= dataCount * 8)
            {
                var data = DataCodewords(bytes, countBits, dataCount);
                return (version, Interleave(data, ec, blocks1, data1, blocks2));
            }
        }

        throw new ArgumentException($"{bytes.Length} bytes do not fit a QR code of version {MaxVersion}-M.", nameof(text));
    }

    private static byte[] DataCodewords(byte[] bytes, int countBits, int dataCount)
    {
        var bits = new BitWriter(dataCount);
        bits.Write(0b0100, 4);
        bits.Write(bytes.Length, countBits);
        foreach (var b in bytes)
        {
            bits.Write(b, 8);
        }

        // Terminator (up to four zero bits), then zeros to the byte boundary, then the pad bytes 0xEC 0x11 in turn.
        bits.Write(0, Math.Min(4, (dataCount * 8) - bits.Length));
        bits.Write(0, (8 - (bits.Length % 8)) % 8);
        for (var pad = 0; bits.Length < dataCount * 8; pad++)
        {
            bits.Write(pad % 2 == 0 ? 0xEC : 0x11, 8);
        }

        return bits.Bytes;
    }

    /// <summary>Data codewords column by column across the blocks, then the error correction codewords likewise.</summary>
    private static byte[] Interleave(byte[] data, int ec, int blocks1, int data1, int blocks2)
    {
        var blockCount = blocks1 + blocks2;
        var blocks = new byte[blockCount][];
        var corrections = new byte[blockCount][];
        var generator = ReedSolomon.Generator(ec);
        var offset = 0;
        for (var b = 0; b < blockCount; b++)
        {
            var length = b < blocks1 ? data1 : data1 + 1;
            blocks[b] = data[offset..(offset + length)];
            corrections[b] = ReedSolomon.Remainder(blocks[b], generator);
            offset += length;
        }

        var result = new byte[data.Length + (blockCount * ec)];
        var n = 0;
        for (var i = 0; i <= data1; i++)
        {
            foreach (var block in blocks)
            {
                if (i < block.Length)
                {
                    result[n++] = block[i];
                }
            }
        }

        for (var i = 0; i < ec; i++)
        {
            foreach (var correction in corrections)
            {
                result[n++] = correction[i];
            }
        }

        return result;
    }

    /// <summary>Bits appended most significant first into a fixed number of bytes.</summary>
    private sealed class BitWriter(int byteCount)
    {
        public byte[] Bytes { get; } = new byte[byteCount];

        public int Length { get; private set; }

        public void Write(int value, int count)
        {
            for (var i = count - 1; i >= 0; i--)
            {
                if (((value >> i) & 1) != 0)
                {
                    Bytes[Length >> 3] |= (byte)(0x80 >> (Length & 7));
                }

                Length++;
            }
        }
    }
}
