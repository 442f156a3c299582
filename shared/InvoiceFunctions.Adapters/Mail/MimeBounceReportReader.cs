using InvoiceFunctions.Application.Delivery;
using MimeKit;

namespace InvoiceFunctions.Adapters.Mail;

/// <summary>
/// Reads a DSN (RFC 3464: multipart/report; report-type=delivery-status) with MimeKit: the first recipient whose Action is
/// "failed" (Status, Final-Recipient, Diagnostic-Code), and the original Message-ID from the returned message or headers
/// part, else from the DSN's In-Reply-To or References. Parsing is bounded by the caller's size limit.
/// </summary>
public sealed class MimeBounceReportReader : IBounceReportReader
{
    public BounceReport? Read(ReadOnlyMemory<byte> message)
    {
        MimeMessage mime;
        try
        {
            using var stream = new MemoryStream(message.ToArray(), writable: false);
            mime = MimeMessage.Load(stream);
        }
        catch (FormatException)
        {
            return null;
        }

        if (mime.Body is not MultipartReport report || !string.Equals(report.ReportType, "delivery-status", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var status = report.OfType<MessageDeliveryStatus>().FirstOrDefault();
        var failed = status?.StatusGroups.Skip(1).FirstOrDefault(g => string.Equals(g["Action"]?.Trim(), "failed", StringComparison.OrdinalIgnoreCase));
        var messageId = OriginalMessageId(report) ?? mime.InReplyTo ?? mime.References.FirstOrDefault();
        if (failed is null || messageId is null)
        {
            return null;
        }

        return new BounceReport(messageId.Trim('<', '>', ' '), AddressOf(failed["Final-Recipient"]), failed["Status"]?.Trim() ?? "5.0.0", AddressOf(failed["Diagnostic-Code"]));
    }

    private static string? OriginalMessageId(MultipartReport report)
    {
        foreach (var part in report.Skip(2))
        {
            // message/rfc822 (the whole mail) and text/rfc822-headers (its headers) are both MessageParts.
            if (part is MessagePart { Message.MessageId: { Length: > 0 } id })
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>"rfc822; someone@example.com" -> "someone@example.com"; "smtp; 550 5.1.1 ..." -> "550 5.1.1 ...".</summary>
    private static string? AddressOf(string? field) =>
        field is null ? null : (field.IndexOf(';', StringComparison.Ordinal) is var i and >= 0 ? field[(i + 1)..] : field).Trim();
}
