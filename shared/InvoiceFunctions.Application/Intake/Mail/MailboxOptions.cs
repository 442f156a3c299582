using System.ComponentModel.DataAnnotations;

namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>Section "Mailbox": the inbound address shown to companies and the limits every inbound message is held to.</summary>
public sealed class MailboxOptions : IValidatableObject
{
    public const string Section = "Mailbox";

    /// <summary>The inbound address; a company's routing address is its plus-address ("invoices+{token}@..."). Empty: only the subject tag and allowed senders route.</summary>
    public string Address { get; set; } = "invoices@invoicefunctions.localhost";

    /// <summary>A larger message is quarantined unread (25 MiB, what most providers accept).</summary>
    [Range(1024, 200 << 20)]
    public int MaxMessageBytes { get; set; } = 25 << 20;

    /// <summary>More invoice attachments than this (zip entries not counted) and the whole message is quarantined.</summary>
    [Range(1, 500)]
    public int MaxAttachments { get; set; } = 20;

    /// <summary>More documents than this, zip entries included, and the whole message is quarantined (TooManyAttachments).</summary>
    [Range(1, 1000)]
    public int MaxDocuments { get; set; } = 100;

    /// <summary>How deep message/rfc822 parts are examined (1: a forwarded message inside the message).</summary>
    [Range(0, 10)]
    public int MaxNestingDepth { get; set; } = 3;

    /// <summary>Most entries a zip attachment may hold.</summary>
    [Range(1, 10_000)]
    public int MaxZipEntries { get; set; } = 100;

    /// <summary>Most bytes a zip attachment may expand to, all entries together.</summary>
    [Range(1024, 1 << 30)]
    public int MaxZipBytes { get; set; } = 50 << 20;

    /// <summary>Highest expansion ratio of a zip entry (uncompressed / compressed); invoices compress 3-10 times, bombs thousands.</summary>
    [Range(2, 10_000)]
    public int MaxZipRatio { get; set; } = 100;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var at = Address.IndexOf('@', StringComparison.Ordinal);
        if (Address.Length > 0 && (at <= 0 || at == Address.Length - 1 || Address.Contains('+', StringComparison.Ordinal) || Address.Any(char.IsWhiteSpace)))
        {
            yield return new ValidationResult("Mailbox:Address is empty or an e-mail address without '+' (name@domain).", [nameof(Address)]);
        }
    }
}
