namespace InvoiceFunctions.Application.Intake;

/// <summary>Tells a file's format from its content (pure).</summary>
public static class IntakeFormats
{
    public static IntakeFormat Detect(ReadOnlySpan<byte> content)
    {
        // A PDF header may follow up to 1024 bytes of junk (ISO 32000-1, 7.5.2 as readers implement it).
        if (content[..Math.Min(content.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return IntakeFormat.Pdf;
        }

        var text = content;
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = text[3..];
        }
        else if (text.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || text.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            // UTF-16 with its byte order mark: only XML is read in it (its declaration says so).
            return IntakeFormat.Xml;
        }

        var start = 0;
        while (start < text.Length && text[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        return start >= text.Length ? IntakeFormat.Unknown
            : text[start] == (byte)'<' && start + 1 < text.Length && (text[start + 1] is (byte)'?' or (byte)'!' || char.IsAsciiLetter((char)text[start + 1])) ? IntakeFormat.Xml
            : text[start] == (byte)'{' ? IntakeFormat.JsonBatch
            : Batch.BatchCsv.Looks(text) ? IntakeFormat.CsvBatch
            : IntakeFormat.Unknown;
    }
}
