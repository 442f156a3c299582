namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>What routing and the intake record need of a message's headers.</summary>
/// <param name="MessageId">Message-ID without angle brackets, when present.</param>
/// <param name="From">The first From mailbox address (lower case), when present.</param>
/// <param name="Recipients">Every address of To, Cc, Delivered-To, X-Original-To and Envelope-To (lower case), where plus-addressing tokens are looked for.</param>
/// <param name="Subject">The decoded subject.</param>
/// <param name="Date">The Date header as written.</param>
/// <param name="Addressees">To and Cc as the sender wrote them (lower case): part of the message's key, unlike the trace headers relays add.</param>
public sealed record MailHeaders(string? MessageId, string? From, IReadOnlyList<string> Recipients, string? Subject, string? Date, IReadOnlyList<string>? Addressees = null)
{
    public static readonly MailHeaders Empty = new(null, null, [], null, null);
}
