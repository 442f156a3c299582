using System.Text;

namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>
/// Which attachments are invoice candidates: a zip (opened), or what the intake reads as PDF or XML (<see cref="IntakeFormats"/>),
/// HTML excepted; the intake core then tells Factur-X, CII and UBL apart.
/// </summary>
public static class DocumentSniffer
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    public static DocumentKind Kind(ReadOnlySpan<byte> content) =>
        content.StartsWith(Zip) ? DocumentKind.Zip
        : IntakeFormats.Detect(content) switch
        {
            IntakeFormat.Pdf => DocumentKind.Pdf,
            IntakeFormat.Xml when !IsHtml(content) => DocumentKind.Xml,
            _ => DocumentKind.Other,
        };

    /// <summary>An HTML body or page starts like XML but is never an invoice.</summary>
    private static bool IsHtml(ReadOnlySpan<byte> content)
    {
        var start = content.IndexOfAnyExcept(" \t\r\n\uFEFF"u8);
        var head = start < 0 ? "" : Encoding.ASCII.GetString(content[start..Math.Min(content.Length, start + 15)]);
        return head.StartsWith("<html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase);
    }
}
