using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace InvoiceFunctions.Rendering.Pdf;

/// <summary>
/// Objects taken out of one PDF to be written into others under new numbers: each object's text with its references
/// cut out (written back as the numbers reserved in the target), and its stream bytes. Enough for what Skia's PDF
/// writer produces (uncompressed object dictionaries, one xref table), not a general PDF reader.
/// </summary>
internal sealed partial class PdfObjectGraph
{
    private readonly List<(string[] Pieces, int[] Refs, byte[]? Stream)> objects = [];

    private readonly Dictionary<int, int> local = [];

    private readonly PdfFile source;

    public PdfObjectGraph(PdfFile source)
    {
        this.source = source;
    }

    /// <summary>Adds an object made here (its text may refer to source objects, which are taken along) and returns its local index.</summary>
    public int Add(string text, byte[]? stream = null)
    {
        var index = objects.Count;
        objects.Add(([], [], null));
        objects[index] = Cut(text, stream);
        return index;
    }

    /// <summary>Writes the objects into <paramref name="pdf"/> and returns the number given to the object of local index 0.</summary>
    public int Write(PdfAssembler pdf)
    {
        var numbers = objects.Select(_ => pdf.Reserve()).ToArray();
        for (var i = 0; i < objects.Count; i++)
        {
            var (pieces, refs, stream) = objects[i];
            var text = new StringBuilder(pieces[0]);
            for (var r = 0; r < refs.Length; r++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{numbers[refs[r]]} 0 R").Append(pieces[r + 1]);
            }

            if (stream is null)
            {
                pdf.Set(numbers[i], text.ToString());
            }
            else
            {
                var dictionary = text.ToString().Trim();
                pdf.SetStream(numbers[i], dictionary[2..^2].Trim(), stream);
            }
        }

        return numbers[0];
    }

    /// <summary>A source object's dictionary (or other value) text and its stream bytes (null without a stream), its /Length resolved and removed.</summary>
    public (string Text, byte[]? Stream) Read(int number)
    {
        var raw = source.Objects[number].Span;
        var text = Encoding.Latin1.GetString(raw);
        var start = ObjectHeader().Match(text) is { Success: true } header ? header.Length : throw new RenderingException($"PDF object {number} has no header.");
        var keyword = text.IndexOf("stream", start, StringComparison.Ordinal);
        var dictionaryEnd = text.AsSpan(start).StartsWith("<<", StringComparison.Ordinal) ? DictionaryEnd(text, start) : -1;
        if (dictionaryEnd < 0 || keyword < dictionaryEnd || !string.IsNullOrWhiteSpace(text[dictionaryEnd..keyword]))
        {
            var end = text.LastIndexOf("endobj", StringComparison.Ordinal);
            return (text[start..end].Trim(), null);
        }

        var dictionary = text[start..dictionaryEnd];
        var lengthMatch = Length().Match(dictionary);
        var length = lengthMatch.Groups[2].Success
            ? int.Parse(Read(int.Parse(lengthMatch.Groups[1].Value, CultureInfo.InvariantCulture)).Text, CultureInfo.InvariantCulture)
            : int.Parse(lengthMatch.Groups[1].Value, CultureInfo.InvariantCulture);
        var data = keyword + "stream".Length;
        data += text[data] == '\r' ? 2 : 1;
        return (dictionary.Remove(lengthMatch.Index, lengthMatch.Length), raw.Slice(data, length).ToArray());
    }

    private (string[] Pieces, int[] Refs, byte[]? Stream) Cut(string text, byte[]? stream)
    {
        var pieces = new List<string>();
        var refs = new List<int>();
        var at = 0;
        foreach (Match m in Reference().Matches(text))
        {
            pieces.Add(text[at..m.Index]);
            refs.Add(Local(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
            at = m.Index + m.Length;
        }

        pieces.Add(text[at..]);
        return ([.. pieces], [.. refs], stream);
    }

    private int Local(int number)
    {
        if (!local.TryGetValue(number, out var index))
        {
            index = objects.Count;
            local[number] = index;
            objects.Add(([], [], null));
            var (text, stream) = Read(number);
            objects[index] = Cut(text, stream);
        }

        return index;
    }

    /// <summary>The index just past the "&gt;&gt;" closing the dictionary opened at <paramref name="start"/>.</summary>
    public static int DictionaryEnd(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length - 1; i++)
        {
            if (text[i] == '<' && text[i + 1] == '<')
            {
                depth++;
                i++;
            }
            else if (text[i] == '>' && text[i + 1] == '>')
            {
                depth--;
                i++;
                if (depth == 0)
                {
                    return i + 1;
                }
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^\d+ \d+ obj\s*")]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"/Length (\d+)( 0 R)?")]
    private static partial Regex Length();

    [GeneratedRegex(@"(\d+) 0 R\b")]
    private static partial Regex Reference();
}
