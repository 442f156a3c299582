namespace InvoiceFunctions.Application.Delivery;

/// <summary>A company's e-mail delivery settings.</summary>
/// <param name="SenderName">Display name of the From address; null: the company's name.</param>
/// <param name="SenderAddress">From address; null: the app's <c>Delivery__DefaultSenderAddress</c>.</param>
/// <param name="ReplyTo">Reply-To address; null: none.</param>
/// <param name="Smtp">The company's own SMTP relay; null: the app's transport.</param>
/// <param name="Templates">Subject and body per language ("fr", "en"); a missing language uses the shipped default.</param>
/// <param name="QuoteTemplates">The same for the mail that sends a quote (fields <c>quote.*</c>, <c>customer.*</c>, <c>company.*</c>).</param>
public sealed record EmailSettings(
    string? SenderName,
    string? SenderAddress,
    string? ReplyTo,
    EmailAttachments Attachments,
    IReadOnlyDictionary<string, EmailTemplate> Templates,
    IReadOnlyDictionary<string, EmailTemplate>? QuoteTemplates = null,
    SmtpRelay? Smtp = null);
