using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InvoiceFunctions.Rendering.Pdf;

/// <summary>Writes a PDF 1.7 file from raw objects: binary header comment, objects, one xref table, trailer with /ID.</summary>
internal sealed class PdfAssembler
{
    private readonly SortedDictionary<int, byte[]> added = [];
    private readonly PdfFile? source;
    private int next;

    /// <summary>A new file of objects numbered from 1.</summary>
    public PdfAssembler()
    {
        next = 1;
    }

    /// <summary>A rewrite of <paramref name="source"/>: its objects are kept unless replaced.</summary>
    public PdfAssembler(PdfFile source)
    {
        this.source = source;
        next = source.Size;
    }

    /// <summary>Reserves a new object number.</summary>
    public int Reserve() => next++;

    /// <summary>Sets an object's content (a dictionary or other direct object), replacing the source's object of that number.</summary>
    public void Set(int number, string content) => added[number] = Encoding.Latin1.GetBytes($"{number} 0 obj\n{content}\nendobj");

    /// <summary>Sets a stream object: its dictionary entries (without /Length) and its bytes.</summary>
    public void SetStream(int number, string dictionaryEntries, ReadOnlySpan<byte> data)
    {
        using var buffer = new MemoryStream();
        var head = Encoding.Latin1.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n<< {dictionaryEntries} /Length {data.Length} >>\nstream\n"));
        buffer.Write(head);
        buffer.Write(data);
        buffer.Write("\nendstream\nendobj"u8);
        added[number] = buffer.ToArray();
    }

    public byte[] Write(int root, int info)
    {
        using var output = new MemoryStream();
        output.Write(Header());
        var offsets = new SortedDictionary<int, long>();
        IEnumerable<int> numbers = source is null ? added.Keys : source.Objects.Keys.Union(added.Keys).Order();
        foreach (var number in numbers)
        {
            offsets[number] = output.Position;
            output.Write(added.TryGetValue(number, out var bytes) ? bytes : source!.Objects[number].Span);
            output.Write("\n"u8);
        }

        var id = Convert.ToHexString(SHA256.HashData(output.GetBuffer().AsSpan(0, (int)output.Position)).AsSpan(0, 16));
        var xref = output.Position;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"xref\n0 {next}\n0000000000 65535 f \n");
        for (var n = 1; n < next; n++)
        {
            text.Append(offsets.TryGetValue(n, out var offset) ? string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n") : "0000000000 65535 f \n");
        }

        text.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {next} /Root {root} 0 R /Info {info} 0 R /ID [<{id}> <{id}>] >>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(text.ToString()));
        return output.ToArray();
    }

    /// <summary>"%PDF-1.7" then a comment of four bytes above 127, as PDF/A requires.</summary>
    private static byte[] Header() => [.. "%PDF-1.7\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n'];
}
