using System.IO.Compression;
using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Rendering.FacturX;

/// <summary>
/// The CII XML to embed, zlib-compressed as it is written (<see cref="CiiWriter.Write(Invoice, Stream, CiiProfile)"/>),
/// with its uncompressed length for the embedded file's /Size: a 200-line invoice's 264 KiB of XML never exists as one
/// string or one array.
/// </summary>
internal sealed record CompressedXml(byte[] Deflated, long Length)
{
    public static CompressedXml Write(Invoice invoice, CiiProfile profile)
    {
        using var output = new MemoryStream();
        long length;
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        using (var counting = new CountingStream(zlib))
        {
            CiiWriter.Write(invoice, counting, profile);
            length = counting.Written;
        }

        return new CompressedXml(output.ToArray(), length);
    }

    /// <summary>Passes writes on and counts their bytes.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long Written { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Written; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            inner.Write(buffer, offset, count);
            Written += count;
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer);
            Written += buffer.Length;
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
