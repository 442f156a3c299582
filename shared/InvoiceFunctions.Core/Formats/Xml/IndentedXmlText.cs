using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace InvoiceFunctions.Core.Formats.Xml;

/// <summary>
/// Serialises the documents our writers build (elements, attributes and text, namespaces declared on the root) as
/// indented UTF-8 XML text, the same characters as <see cref="XmlWriter"/> with <c>Indent = true</c> gives. Writing
/// an invoice through <see cref="XmlWriter"/> cost three times the building of the tree (namespace scopes looked up
/// for every element, buffers, a copy of the bytes); the writers' shapes allow a direct walk, and the writers' tests
/// compare the two outputs character for character.
/// </summary>
internal static class IndentedXmlText
{
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

    // One builder per thread, kept between documents up to this size, so a document costs only its final string.
    private const int KeptCapacity = 1024 * 1024;

    [ThreadStatic]
    private static StringBuilder? cached;

    /// <summary>The document as text with the UTF-8 declaration.</summary>
    public static string Write(XDocument document) => Build(document, text => text.ToString());

    /// <summary>
    /// The document as UTF-8 bytes (no BOM) written to <paramref name="stream"/>: the same bytes as the text's, encoded
    /// chunk by chunk from the builder, so a large invoice allocates neither its text as a string nor its bytes as one
    /// array (each would be a large-object-heap allocation, zeroed and collected with the whole heap).
    /// </summary>
    public static void WriteUtf8(XDocument document, Stream stream) => Build(document, text =>
    {
        var encoder = Utf8.GetEncoder();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            foreach (var chunk in text.GetChunks())
            {
                var chars = chunk.Span;
                while (!chars.IsEmpty)
                {
                    encoder.Convert(chars, buffer, flush: false, out var used, out var written, out _);
                    stream.Write(buffer, 0, written);
                    chars = chars[used..];
                }
            }

            encoder.Convert([], buffer, flush: true, out _, out var last, out _);
            stream.Write(buffer, 0, last);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }

        return 0;
    });

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static T Build<T>(XDocument document, Func<StringBuilder, T> finish)
    {
        var root = document.Root ?? throw new ArgumentException("The document has no root element.", nameof(document));
        var prefixes = Prefixes(root);
        var text = cached ?? new StringBuilder(32 * 1024);
        cached = null;
        try
        {
            text.Append(Declaration);
            Element(text, root, new Names(prefixes), 0);
            return finish(text);
        }
        finally
        {
            if (text.Capacity <= KeptCapacity)
            {
                cached = text.Clear();
            }
        }
    }

    private static Dictionary<string, string> Prefixes(XElement root)
    {
        var prefixes = new Dictionary<string, string>(StringComparer.Ordinal) { [string.Empty] = string.Empty };
        foreach (var attribute in root.Attributes().Where(a => a.IsNamespaceDeclaration))
        {
            prefixes[attribute.Value] = attribute.Name.Namespace == XNamespace.None ? string.Empty : attribute.Name.LocalName;
        }

        return prefixes;
    }

    private static void Element(StringBuilder text, XElement element, Names names, int depth)
    {
        // FirstAttribute/NextAttribute and FirstNode/NextNode rather than Attributes() and Nodes(): no iterator per element.
        text.Append('\n').Append(' ', depth * 2).Append('<');
        text.Append(names.Qualified(element.Name));
        for (var attribute = element.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
        {
            text.Append(' ');
            if (attribute.Name.Namespace == XNamespace.Xmlns)
            {
                text.Append("xmlns:").Append(attribute.Name.LocalName);
            }
            else if (attribute.IsNamespaceDeclaration || attribute.Name.Namespace == XNamespace.None)
            {
                text.Append(attribute.Name.LocalName);
            }
            else
            {
                text.Append(names.Qualified(attribute.Name));
            }

            text.Append("=\"");
            Escape(text, attribute.Value, inAttribute: true);
            text.Append('"');
        }

        if (element.IsEmpty)
        {
            text.Append(" />");
            return;
        }

        text.Append('>');
        if (element.HasElements)
        {
            for (var node = element.FirstNode; node is not null; node = node.NextNode)
            {
                Element(text, node as XElement ?? throw new NotSupportedException("Mixed content is not written by the invoice writers."), names, depth + 1);
            }

            text.Append('\n').Append(' ', depth * 2);
        }
        else
        {
            Escape(text, element.Value, inAttribute: false);
        }

        text.Append("</").Append(names.Qualified(element.Name)).Append('>');
    }

    /// <summary>
    /// "prefix:local" of each name, made once per document: names are atomised, so the lookup hashes the name's cached
    /// code instead of the namespace's text for every start and end tag.
    /// </summary>
    private sealed class Names(Dictionary<string, string> prefixes)
    {
        private readonly Dictionary<XName, string> qualified = [];

        public string Qualified(XName name)
        {
            if (!qualified.TryGetValue(name, out var text))
            {
                if (!prefixes.TryGetValue(name.NamespaceName, out var prefix))
                {
                    throw new NotSupportedException($"The namespace {name.NamespaceName} is not declared on the root element.");
                }

                text = prefix.Length > 0 ? prefix + ":" + name.LocalName : name.LocalName;
                qualified[name] = text;
            }

            return text;
        }
    }

    /// <summary>What <see cref="Escape"/> must look at: markup characters, controls (tab, line feed and carriage return included), surrogates and the two non-characters.</summary>
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), '&', '<', '>', '"', .. Enumerable.Range(0xD800, 0x800).Select(c => (char)c), '\uFFFE', '\uFFFF']);

    private static void Escape(StringBuilder text, string value, bool inAttribute)
    {
        // Nearly every value (amounts, codes, names) has none of them: appended whole.
        if (!value.AsSpan().ContainsAny(Special))
        {
            text.Append(value);
            return;
        }

        for (var n = 0; n < value.Length; n++)
        {
            var c = value[n];
            switch (c)
            {
                case '&': text.Append("&amp;"); break;
                case '<': text.Append("&lt;"); break;
                case '>': text.Append("&gt;"); break;
                case '"' when inAttribute: text.Append("&quot;"); break;
                case '\t' when inAttribute: text.Append("&#x9;"); break;
                case '\n' when inAttribute: text.Append("&#xA;"); break;
                case '\r' when inAttribute: text.Append("&#xD;"); break;
                case '\r':
                    // As XmlWriter's NewLineHandling.Replace: CR LF and a lone CR become the new line.
                    if (n + 1 < value.Length && value[n + 1] == '\n')
                    {
                        n++;
                    }

                    text.Append('\n');
                    break;
                default:
                    if (char.IsHighSurrogate(c) && n + 1 < value.Length && char.IsLowSurrogate(value[n + 1]))
                    {
                        text.Append(c).Append(value[++n]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        throw new ArgumentException($"Invalid surrogate pair in XML text at {n}.", nameof(value));
                    }
                    else if (!XmlConvert.IsXmlChar(c))
                    {
                        throw new ArgumentException($"'\\u{(int)c:X4}' is not a valid XML character.", nameof(value));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }
    }
}
