namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>Why the mailbox refused a message or one attachment (the quarantine reason's code).</summary>
public enum MailRefusalCode
{
    /// <summary>Larger than Mailbox:MaxMessageBytes; quarantined unread.</summary>
    MessageTooLarge,

    /// <summary>Not readable as a message.</summary>
    MalformedMessage,

    /// <summary>More invoice attachments than Mailbox:MaxAttachments.</summary>
    TooManyAttachments,

    /// <summary>Messages nested deeper than Mailbox:MaxNestingDepth.</summary>
    NestingTooDeep,

    /// <summary>No company token in the subject or recipients, and a sender no company allows.</summary>
    UnknownSender,

    /// <summary>The company's token, but a sender outside the company's non-empty allowlist.</summary>
    SenderNotAllowed,

    /// <summary>Tokens or allowlists of more than one company.</summary>
    AmbiguousRouting,

    /// <summary>The company turned its mailbox off.</summary>
    MailboxDisabled,

    /// <summary>Routed, but no attachment is a PDF, an XML or a zip of those.</summary>
    NoInvoiceAttachment,

    /// <summary>A delivery status notification about a Message-ID no delivery recorded.</summary>
    UnknownDeliveryReport,

    /// <summary>A zip beyond the limits: too many entries, too large once expanded, or a suspicious expansion ratio.</summary>
    ZipBomb,

    /// <summary>A zip that cannot be read.</summary>
    MalformedZip,
}
