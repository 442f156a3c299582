using InvoiceFunctions.Application.Intake.Mail;

namespace InvoiceFunctions.App.Intake.Mailbox;

/// <summary>The answer to the relay: the message's key, what became of it and of each attachment; replayed when it was handled before.</summary>
public sealed record InboundMailView(
    string Key, MailOutcome Outcome, string? Company, string? RoutedBy, MailRefusalCode? ReasonCode, string? Reason, string? QuarantineId,
    IReadOnlyList<MailAttachmentResult> Attachments, bool Replayed)
{
    public static InboundMailView From(InboundMailRecord record, bool replayed) =>
        new(record.Key, record.Outcome, record.Company, record.RoutedBy, record.ReasonCode, record.Reason, record.QuarantineId, record.Attachments, replayed);
}
