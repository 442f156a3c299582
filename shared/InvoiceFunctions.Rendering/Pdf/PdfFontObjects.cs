using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using InvoiceFunctions.Rendering.Fonts;

namespace InvoiceFunctions.Rendering.Pdf;

/// <summary>
/// One subset TrueType font as PDF objects: a Type0 font (Identity-H, glyph ids as character codes, kept by the subset)
/// over a CIDFontType2 with the widths of the glyphs used, its descriptor, the font program and a ToUnicode map so the
/// text can be searched and extracted.
/// </summary>
internal static class PdfFontObjects
{
    /// <summary>Adds the objects and returns the number of the Type0 font dictionary.</summary>
    public static int Add(PdfAssembler pdf, FontFace face, string tag, EmbeddedFont program, IReadOnlyDictionary<ushort, string> texts)
    {
        var font = pdf.Reserve();
        var cidFont = pdf.Reserve();
        var descriptor = pdf.Reserve();
        var file = pdf.Reserve();
        var toUnicode = pdf.Reserve();
        var name = $"{tag}+{face.PostScriptName}";
        var m = face.Metrics;
        pdf.Set(font, $"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H /DescendantFonts [{cidFont} 0 R] /ToUnicode {toUnicode} 0 R >>");
        pdf.Set(cidFont, $"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R /CIDToGIDMap /Identity /DW 0 /W [{program.Widths}] >>");
        pdf.Set(descriptor, string.Create(CultureInfo.InvariantCulture,
            $"<< /Type /FontDescriptor /FontName /{name} /Flags 4 /FontBBox [{m.XMin * 1000:0.###} {-m.Bottom * 1000:0.###} {m.XMax * 1000:0.###} {-m.Top * 1000:0.###}] /ItalicAngle 0 /Ascent {-m.Ascent * 1000:0.###} /Descent {-m.Descent * 1000:0.###} /CapHeight {m.CapHeight * 1000:0.###} /StemV 0 /FontFile2 {file} 0 R >>"));
        pdf.SetStream(file, string.Create(CultureInfo.InvariantCulture, $"/Length1 {program.ProgramLength} /Filter /FlateDecode"), program.CompressedProgram);
        pdf.SetStream(toUnicode, "/Filter /FlateDecode", CompressedToUnicode(ToUnicode(texts)));
        return font;
    }

    private const int MaxToUnicodeMaps = 256;

    private static readonly ConcurrentDictionary<string, byte[]> ToUnicodeMaps = new();

    /// <summary>
    /// A ToUnicode map compressed once per distinct map: the documents of a company use nearly the same glyphs, and each
    /// new zlib stream costs the clearing of its tables besides the compression. Bounded (starts again empty when full).
    /// </summary>
    private static byte[] CompressedToUnicode(string map)
    {
        if (ToUnicodeMaps.TryGetValue(map, out var known))
        {
            return known;
        }

        var made = Deflate(Encoding.ASCII.GetBytes(map));
        if (ToUnicodeMaps.Count >= MaxToUnicodeMaps)
        {
            ToUnicodeMaps.Clear();
        }

        ToUnicodeMaps[map] = made;
        return made;
    }

    /// <summary>Zlib, by default at the fastest level: the streams made for every document (size differs by a few per cent).</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var output = new MemoryStream(data.Length / 2);
        using (var zlib = new ZLibStream(output, level, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    private static string ToUnicode(IReadOnlyDictionary<ushort, string> texts)
    {
        var text = new StringBuilder(256 + (texts.Count * 24));
        text.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = texts.Where(t => t.Value.Length > 0).OrderBy(t => t.Key).ToList();
        for (var start = 0; start < entries.Count; start += 100)
        {
            var chunk = entries.Skip(start).Take(100).ToList();
            text.Append(CultureInfo.InvariantCulture, $"{chunk.Count} beginbfchar\n");
            foreach (var (glyph, chars) in chunk)
            {
                text.Append(CultureInfo.InvariantCulture, $"<{glyph:X4}> <{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(chars))}>\n");
            }

            text.Append("endbfchar\n");
        }

        text.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return text.ToString();
    }
}
