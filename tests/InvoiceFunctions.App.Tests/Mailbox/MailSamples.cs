using System.Text;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.Mailbox;

/// <summary>The test messages in Mailbox/Mails (made by make-mails.py from ../shared/conformance), and the ones too large to commit.</summary>
public static class MailSamples
{
    /// <summary>The token of the samples' company in the recipient's plus-address.</summary>
    public const string Token = "k7m2p9x4q8rt";

    public const string Supplier = "ap@supplier.example";

    public static string Folder { get; } = Path.Combine(Repository.Root, "tests", "InvoiceFunctions.App.Tests", "Mailbox", "Mails");

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    /// <summary>A sample with another token in place of <see cref="Token"/> (for a company whose token was just generated).</summary>
    public static byte[] WithToken(string name, string token) =>
        Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(Read(name)).Replace(Token, token, StringComparison.Ordinal));

    /// <summary>
    /// A message of about <paramref name="megabytes"/> MB (made here: too large to commit): a CII invoice and a
    /// base64 attachment of random bytes, from the samples' supplier with the samples' token.
    /// </summary>
    public static byte[] Large(int megabytes, string token = Token)
    {
        var random = new byte[megabytes * 3 / 4 * (1 << 20)];
        new Random(7).NextBytes(random);
        var text = new StringBuilder()
            .Append($"From: {Supplier}\r\nTo: invoices+{token}@invoicefunctions.localhost\r\nSubject: Scans of March\r\n")
            .Append("Date: Mon, 02 Mar 2026 10:00:00 +0100\r\nMessage-ID: <large-1@supplier.example>\r\nMIME-Version: 1.0\r\n")
            .Append("Content-Type: multipart/mixed; boundary=\"b-large\"\r\n\r\n--b-large\r\nContent-Type: text/plain\r\n\r\nScans attached.\r\n")
            .Append("--b-large\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"scans.bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
            .Append(Convert.ToBase64String(random, Base64FormattingOptions.InsertLineBreaks))
            .Append("\r\n--b-large--\r\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
