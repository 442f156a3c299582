namespace InvoiceFunctions.Application.Delivery;

/// <summary>A mail ready for the transport, with the Message-ID recorded before it is sent (without angle brackets).</summary>
/// <param name="Route">The company's own relay; null: the app's transport (section Smtp).</param>
public sealed record OutgoingMail(
    string MessageId,
    string SenderName,
    string SenderAddress,
    string? ReplyTo,
    string To,
    string Subject,
    string Body,
    IReadOnlyList<MailAttachment> Attachments,
    IReadOnlyList<string>? Cc = null,
    MailRoute? Route = null);
