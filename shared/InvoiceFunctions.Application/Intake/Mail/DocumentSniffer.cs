using System.Text;

namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>Tells PDF, XML and zip apart by their first bytes; the intake core then tells Factur-X, CII and UBL apart.</summary>
public static class DocumentSniffer
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    public static DocumentKind Kind(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Zip))
        {
            return DocumentKind.Zip;
        }

        // PDF readers accept a header within the first 1 KiB.
        if (content[..Math.Min(content.Length, 1024)].IndexOf(Pdf) >= 0)
        {
            return DocumentKind.Pdf;
        }

        return LooksLikeXml(content) ? DocumentKind.Xml : DocumentKind.Other;
    }

    private static bool LooksLikeXml(ReadOnlySpan<byte> content)
    {
        var text = content[..Math.Min(content.Length, 256)];
        if (text.StartsWith(Encoding.UTF8.Preamble))
        {
            text = text[3..];
        }
        else if (text.StartsWith(Encoding.Unicode.Preamble) || text.StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            return true;
        }

        var start = text.IndexOfAnyExcept(" \t\r\n"u8);
        if (start >= 0 && IsHtml(text[start..]))
        {
            return false;
        }

        return start >= 0 && text[start] == (byte)'<' && start + 1 < text.Length && (text[start + 1] is (byte)'?' or (byte)'!' || char.IsAsciiLetter((char)text[start + 1]));
    }

    private static bool IsHtml(ReadOnlySpan<byte> text)
    {
        var head = Encoding.ASCII.GetString(text[..Math.Min(text.Length, 15)]);
        return head.StartsWith("<html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase);
    }
}
