namespace InvoiceFunctions.Rendering.Drawing;

/// <summary>The frame header of a JPEG (its first SOF marker): enough to pass the file through to a PDF as DCTDecode.</summary>
internal readonly record struct JpegFrame(int Marker, int Precision, int Width, int Height, int Components)
{
    /// <summary>Baseline, extended or progressive Huffman (what every PDF reader decodes), 8 bits, gray or three components, a known height.</summary>
    public bool PassesThrough => Marker is 0xC0 or 0xC1 or 0xC2 && Precision == 8 && Components is 1 or 3 && Width > 0 && Height > 0;

    /// <summary>The frame header, or null when the markers before it do not parse.</summary>
    public static JpegFrame? Read(ReadOnlySpan<byte> jpeg)
    {
        var i = 2;
        while (i + 4 <= jpeg.Length)
        {
            if (jpeg[i] != 0xFF)
            {
                return null;
            }

            var marker = jpeg[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                i += 2;
                continue;
            }

            var length = (jpeg[i + 2] << 8) | jpeg[i + 3];
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return i + 10 <= jpeg.Length
                    ? new JpegFrame(marker, jpeg[i + 4], (jpeg[i + 7] << 8) | jpeg[i + 8], (jpeg[i + 5] << 8) | jpeg[i + 6], jpeg[i + 9])
                    : null;
            }

            if (marker == 0xDA || length < 2)
            {
                return null;
            }

            i += 2 + length;
        }

        return null;
    }
}
