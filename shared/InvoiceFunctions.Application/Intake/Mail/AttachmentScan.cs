namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>What a message carries: invoice candidates, parts left aside (bodies, images, other files), parts refused on their own, or a refusal of the whole message.</summary>
public sealed record AttachmentScan(IReadOnlyList<MailDocument> Documents, IReadOnlyList<string> Ignored, IReadOnlyList<RefusedPart> Refused, MailRefusal? Refusal);
