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

        var start = 0;
        while (start < text.Length && text[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        return start >= text.Length ? IntakeFormat.Unknown
            : text[start] == (byte)'<' ? IntakeFormat.Xml
            : text[start] == (byte)'{' ? IntakeFormat.JsonBatch
            : Batch.BatchCsv.Looks(text) ? IntakeFormat.CsvBatch
            : IntakeFormat.Unknown;
    }
}
