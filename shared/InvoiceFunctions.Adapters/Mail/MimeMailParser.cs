using InvoiceFunctions.Application.Intake.Mail;
using MimeKit;

namespace InvoiceFunctions.Adapters.Mail;

/// <summary>
/// Reads inbound messages with MimeKit into the mailbox's plain tree. MimeKit is lenient (a wrong or unknown charset
/// falls back to Latin-1/UTF-8 rather than failing), parsing depth is capped, and nested messages are walked no deeper
/// than asked: a message nested deeper sets <see cref="ParsedMail.TooDeep"/> instead of being read.
/// </summary>
public sealed class MimeMailParser : IMailParser
{
    private static readonly ParserOptions Options = new() { MaxMimeDepth = 64, AllowAddressesWithoutDomain = true };

    public ParsedMail Parse(ReadOnlyMemory<byte> raw, int maxDepth)
    {
        var message = Load(raw, headersOnly: false);
        var deep = false;
        try
        {
            var parsed = Convert(message, "", 0, maxDepth, ref deep);
            return parsed with { TooDeep = deep };
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or NotSupportedException or ArgumentException or IOException)
        {
            // A part MimeKit parsed but cannot decode (a broken encoding, a charset it cannot load): the message as a whole is unreadable.
            throw new MailFormatException("A part of the message cannot be decoded: " + ex.Message, ex);
        }
    }

    public MailHeaders ReadHeaders(ReadOnlyMemory<byte> raw) => HeadersOf(Load(raw, headersOnly: true));

    private static MimeMessage Load(ReadOnlyMemory<byte> raw, bool headersOnly)
    {
        try
        {
            // Headers only: the header block alone (at most 1 MiB) is parsed as a message with an empty body.
            var bytes = headersOnly ? HeaderBlock(raw.Span) : raw.ToArray();
            return MimeMessage.Load(Options, new MemoryStream(bytes, writable: false));
        }
        catch (Exception ex) when (ex is FormatException or ParseException or InvalidOperationException or ArgumentException)
        {
            throw new MailFormatException("Not a MIME message: " + ex.Message, ex);
        }
    }

    private static byte[] HeaderBlock(ReadOnlySpan<byte> raw)
    {
        var head = raw[..Math.Min(raw.Length, 1 << 20)];
        var end = head.IndexOf("\r\n\r\n"u8) is var crlf and >= 0 ? crlf + 4 : head.IndexOf("\n\n"u8) is var lf and >= 0 ? lf + 2 : head.Length;
        return [.. head[..end], .. "\r\n"u8];
    }

    private static ParsedMail Convert(MimeMessage message, string prefix, int depth, int maxDepth, ref bool tooDeep)
    {
        var parts = new List<MailPart>();
        var related = new HashSet<MimeEntity>();
        var index = 0;
        foreach (var entity in Leaves(message.Body, related))
        {
            var path = prefix + (++index).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var disposition = entity.ContentDisposition;
            var type = entity.ContentType.MimeType.ToLowerInvariant();
            if (entity is MessagePart { Message: { } nested })
            {
                if (depth + 1 > maxDepth)
                {
                    tooDeep = true;
                    continue;
                }

                parts.Add(new MailPart(path, disposition?.FileName, type, disposition?.IsAttachment == true, false, ReadOnlyMemory<byte>.Empty, Convert(nested, path + ".", depth + 1, maxDepth, ref tooDeep)));
            }
            else if (entity is MimePart part)
            {
                var inline = disposition is { IsAttachment: false } || (related.Contains(part) && part.ContentId is not null);
                parts.Add(new MailPart(path, part.FileName, type, disposition?.IsAttachment == true, inline, Decode(part)));
            }
        }

        return new ParsedMail(HeadersOf(message), IsDeliveryReport(message.Body), parts);
    }

    /// <summary>Leaf entities in document order; parts inside multipart/related (HTML with its images) are noted.</summary>
    private static IEnumerable<MimeEntity> Leaves(MimeEntity? entity, HashSet<MimeEntity> related)
    {
        if (entity is Multipart multipart)
        {
            foreach (var child in multipart)
            {
                if (multipart is MultipartRelated)
                {
                    related.Add(child);
                }

                foreach (var leaf in Leaves(child, related))
                {
                    yield return leaf;
                }
            }
        }
        else if (entity is not null)
        {
            yield return entity;
        }
    }

    private static byte[] Decode(MimePart part)
    {
        if (part.Content is null)
        {
            return [];
        }

        using var buffer = new MemoryStream();
        part.Content.DecodeTo(buffer);
        return buffer.ToArray();
    }

    private static bool IsDeliveryReport(MimeEntity? body) =>
        body is MultipartReport report && string.Equals(report.ReportType, "delivery-status", StringComparison.OrdinalIgnoreCase);

    private static MailHeaders HeadersOf(MimeMessage message)
    {
        var recipients = message.To.Mailboxes.Concat(message.Cc.Mailboxes).Select(m => m.Address)
            .Concat(new[] { "Delivered-To", "X-Original-To", "Envelope-To" }.SelectMany(h => message.Headers.Where(x => x.Field.Equals(h, StringComparison.OrdinalIgnoreCase))).SelectMany(AddressesOf))
            .Where(a => !string.IsNullOrWhiteSpace(a))
            .Select(a => a.Trim().ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var from = message.From.Mailboxes.FirstOrDefault()?.Address?.Trim().ToLowerInvariant();
        var date = message.Headers[HeaderId.Date]?.Trim();
        var addressees = message.To.Mailboxes.Concat(message.Cc.Mailboxes).Select(m => m.Address.Trim().ToLowerInvariant()).ToList();
        return new MailHeaders(string.IsNullOrWhiteSpace(message.MessageId) ? null : message.MessageId.Trim('<', '>', ' '), string.IsNullOrEmpty(from) ? null : from, recipients, message.Subject, date, addressees);
    }

    private static IEnumerable<string> AddressesOf(Header header) =>
        InternetAddressList.TryParse(Options, header.Value, out var list) ? list.Mailboxes.Select(m => m.Address) : [header.Value.Trim('<', '>', ' ')];
}
