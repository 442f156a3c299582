using InvoiceFunctions.Application.Intake;

namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>What the intake core did with one attachment (or zip entry), or the quarantine of a refused attachment.</summary>
/// <param name="SourceKey">The intake's idempotency key: "mail:{Message-ID or key}:{key}:{path}".</param>
/// <param name="ReasonCode">For a part refused by the mailbox itself (zip bomb, broken zip).</param>
/// <param name="IntakeCode">For a document the intake core refused (not a party, invalid, duplicate...).</param>
public sealed record MailAttachmentResult(
    string Path, string Name, IntakeOutcome Outcome, string? InvoiceId, string? QuarantineId, string? Reason, string? SourceKey,
    MailRefusalCode? ReasonCode = null, IntakeRefusalCode? IntakeCode = null);
