namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>
/// The intake record of one inbound message: what it was, where it was routed and why, what each attachment became.
/// Kept per message key (a re-delivery finds it and changes nothing) and listed per company.
/// </summary>
/// <param name="Key">The message's key: SHA-256 of its identifying headers and body, without the trace headers that each relay adds.</param>
/// <param name="Sha256">SHA-256 of the bytes as received: the address of the .eml among the company's archive objects.</param>
/// <param name="Source">Where it came in: "mail-inbox/{name}" or "http".</param>
/// <param name="Company">The company it was routed to (null when none: quarantined under "_unknown").</param>
/// <param name="RoutedBy">"token in subject", "token in recipient" or "allowed sender".</param>
/// <param name="Archived">The .eml and this decision are in the company's archive objects (Sha256, DecisionSha256).</param>
/// <param name="Ignored">Part paths left aside: bodies, images, files that are no invoice.</param>
public sealed record InboundMailRecord(
    string Key,
    string Sha256,
    string Source,
    DateTimeOffset ReceivedAt,
    long Size,
    string? MessageId,
    string? From,
    string? Subject,
    MailOutcome Outcome,
    string? Company,
    string? RoutedBy,
    MailRefusalCode? ReasonCode,
    string? Reason,
    string? QuarantineId,
    bool Archived,
    string? DecisionSha256,
    IReadOnlyList<MailAttachmentResult> Attachments,
    IReadOnlyList<string> Ignored);
