using System.Security.Cryptography;
using System.Text;

namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>
/// The key of a message for idempotency: SHA-256 of Message-ID, From, To, Cc, Subject and Date and of the body (line ends
/// normalised). Relays prepend trace headers (Received, Delivered-To, Return-Path, ARC, DKIM of the relay...) and
/// may turn CRLF into LF, so the bytes as received differ between two deliveries of one message; this key does not.
/// To and Cc are in it: one message sent once to each of two companies' addresses is two messages.
/// </summary>
public static class MailFingerprint
{
    public static string Of(MailHeaders headers, ReadOnlySpan<byte> raw)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{headers.MessageId}\n{headers.From}\n{string.Join(',', headers.Addressees ?? [])}\n{headers.Subject}\n{headers.Date}\n"));
        var body = raw[BodyStart(raw)..];
        while (body.Length > 0)
        {
            var cr = body.IndexOf((byte)'\r');
            var run = cr < 0 ? body : body[..cr];
            hash.AppendData(run);
            body = cr < 0 ? [] : body[(cr + 1)..];
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static string Sha256(ReadOnlySpan<byte> raw) => Convert.ToHexStringLower(SHA256.HashData(raw));

    /// <summary>After the first empty line (CRLF CRLF or LF LF); the whole input when there is none.</summary>
    private static int BodyStart(ReadOnlySpan<byte> raw)
    {
        var crlf = raw.IndexOf("\r\n\r\n"u8);
        var lf = raw.IndexOf("\n\n"u8);
        return (crlf, lf) switch
        {
            ( >= 0, >= 0) => Math.Min(crlf + 4, lf + 2),
            ( >= 0, _) => crlf + 4,
            (_, >= 0) => lf + 2,
            _ => 0,
        };
    }
}
