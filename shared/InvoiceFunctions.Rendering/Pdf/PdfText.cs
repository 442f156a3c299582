using System.Globalization;
using System.Text;

namespace InvoiceFunctions.Rendering.Pdf;

/// <summary>PDF string and date syntax.</summary>
internal static class PdfText
{
    /// <summary>A text string as UTF-16BE hex with byte order mark: safe for any character and any parenthesis.</summary>
    public static string Hex(string text) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";

    /// <summary>A date as "(D:YYYYMMDDHHmmSS+00'00')", in UTC.</summary>
    public static string Date(DateTimeOffset date) =>
        "(D:" + date.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00')";
}
