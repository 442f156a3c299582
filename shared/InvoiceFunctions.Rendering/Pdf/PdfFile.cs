using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace InvoiceFunctions.Rendering.Pdf;

/// <summary>
/// The objects of a PDF written with a classic cross-reference table (as SkiaSharp writes it): each object's raw bytes
/// located through the xref offsets, and the trailer's /Root and /Info. Enough to rewrite the file, not a general parser.
/// </summary>
internal sealed partial class PdfFile
{
    private PdfFile(SortedDictionary<int, ReadOnlyMemory<byte>> objects, int root, int? info)
    {
        Objects = objects;
        Root = root;
        Info = info;
    }

    public SortedDictionary<int, ReadOnlyMemory<byte>> Objects { get; }

    public int Root { get; }

    public int? Info { get; }

    public int Size => Objects.Keys.Max() + 1;

    public static PdfFile Parse(byte[] pdf)
    {
        var tail = Latin1(pdf, Math.Max(0, pdf.Length - 1024), Math.Min(1024, pdf.Length));
        var startxref = StartXref().Match(tail);
        if (!startxref.Success)
        {
            throw new RenderingException("PDF has no startxref.");
        }

        var xrefOffset = int.Parse(startxref.Groups[1].Value, CultureInfo.InvariantCulture);
        var xrefText = Latin1(pdf, xrefOffset, pdf.Length - xrefOffset);
        var offsets = new SortedDictionary<int, int>();
        foreach (Match section in Subsection().Matches(xrefText[..xrefText.IndexOf("trailer", StringComparison.Ordinal)]))
        {
            var first = int.Parse(section.Groups[1].Value, CultureInfo.InvariantCulture);
            var entries = Entry().Matches(section.Groups[3].Value);
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i].Groups[2].Value == "n")
                {
                    offsets[first + i] = int.Parse(entries[i].Groups[1].Value, CultureInfo.InvariantCulture);
                }
            }
        }

        var trailer = xrefText[xrefText.IndexOf("trailer", StringComparison.Ordinal)..];
        var root = RootRef().Match(trailer);
        var info = InfoRef().Match(trailer);
        if (!root.Success)
        {
            throw new RenderingException("PDF trailer has no /Root.");
        }

        var ends = offsets.Values.Append(xrefOffset).Order().ToList();
        var objects = new SortedDictionary<int, ReadOnlyMemory<byte>>();
        foreach (var (number, offset) in offsets)
        {
            var end = ends.First(e => e > offset);
            objects[number] = TrimEnd(pdf.AsMemory(offset, end - offset));
        }

        return new PdfFile(objects, Number(root), info.Success ? Number(info) : null);
    }

    /// <summary>The dictionary text of an object without a stream ("&lt;&lt; ... &gt;&gt;").</summary>
    public string Dictionary(int number)
    {
        var text = Latin1(Objects[number].Span);
        var start = text.IndexOf("<<", StringComparison.Ordinal);
        var end = text.LastIndexOf(">>", StringComparison.Ordinal);
        return text[start..(end + 2)];
    }

    private static int Number(Match m) => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);

    private static ReadOnlyMemory<byte> TrimEnd(ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        var length = span.Length;
        while (length > 0 && span[length - 1] is (byte)'\n' or (byte)'\r' or (byte)' ')
        {
            length--;
        }

        return bytes[..length];
    }

    private static string Latin1(byte[] bytes, int offset, int count) => Encoding.Latin1.GetString(bytes, offset, count);

    private static string Latin1(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(\d+) (\d+)\s*\r?\n((?:\d{10} \d{5} [nf]\s*\r?\n?)+)")]
    private static partial Regex Subsection();

    [GeneratedRegex(@"(\d{10}) \d{5} ([nf])")]
    private static partial Regex Entry();

    [GeneratedRegex(@"/Root (\d+) 0 R")]
    private static partial Regex RootRef();

    [GeneratedRegex(@"/Info (\d+) 0 R")]
    private static partial Regex InfoRef();
}
