namespace InvoiceFunctions.Rendering.Text;

/// <summary>Cleans text before shaping.</summary>
internal static class TextNormaliser
{
    /// <summary>Narrow no-break spaces (French number grouping) become no-break spaces; control characters are dropped.</summary>
    public static string Normalise(string text)
    {
        // Most strings need no change: check before copying.
        if (!text.AsSpan().ContainsAny(Unusual))
        {
            return text;
        }

        return new(text.Replace('\u202F', '\u00A0').Replace('\r', ' ').Replace('\t', ' ').Where(c => c == '\n' || !char.IsControl(c)).ToArray());
    }

    /// <summary>The narrow no-break space and the control characters (C0, DEL, C1) but the line feed.</summary>
    private static readonly System.Buffers.SearchValues<char> Unusual = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c != '\n').Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c), '\u202F']);
}
