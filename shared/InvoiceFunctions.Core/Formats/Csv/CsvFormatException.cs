namespace InvoiceFunctions.Core.Formats.Csv;

/// <summary>Text that is not RFC 4180 CSV (a quoted field not closed, a field over the limit), with the line it was found on.</summary>
public sealed class CsvFormatException(string message, int line) : FormatException(message)
{
    public int Line { get; } = line;
}
