namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>Reads a raw message (RFC 5322 / MIME) into the plain tree the mailbox works on; the adapter uses MimeKit.</summary>
public interface IMailParser
{
    /// <summary>The whole message, parts decoded (base64, quoted-printable); nested message/rfc822 parts read at most <paramref name="maxDepth"/> deep.</summary>
    /// <exception cref="MailFormatException">The bytes are not a message.</exception>
    ParsedMail Parse(ReadOnlyMemory<byte> raw, int maxDepth);

    /// <summary>Only the header block: what routing needs of a message too large to be parsed whole.</summary>
    MailHeaders ReadHeaders(ReadOnlyMemory<byte> raw);
}
