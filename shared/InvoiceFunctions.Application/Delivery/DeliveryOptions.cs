using System.ComponentModel.DataAnnotations;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>Section "Delivery".</summary>
public sealed class DeliveryOptions : IValidatableObject
{
    public const string Section = "Delivery";

    /// <summary>The From address of companies that did not set one in their e-mail settings; empty: such companies' deliveries fail until they do.</summary>
    public string? DefaultSenderAddress { get; set; } = "invoices@invoicefunctions.localhost";

    /// <summary>
    /// Test only (never set in the sample or in Azure): the process ends right after the SMTP server accepted a mail and
    /// before the delivery record is marked sent, so the reliability test can prove the reconciliation rule.
    /// </summary>
    public bool CrashAfterSmtpAccept { get; set; }

    /// <summary>
    /// How long the company has after a bounce to correct the address and re-send; then the invoice goes to the postal
    /// fallback (print provider). At most 6 days: it is the hidden time of a queue message.
    /// </summary>
    public TimeSpan CorrectionDelay { get; set; } = TimeSpan.FromDays(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!EmailSettingsService.IsAddress(DefaultSenderAddress))
        {
            yield return new ValidationResult("Delivery:DefaultSenderAddress is not an e-mail address (name@domain).", [nameof(DefaultSenderAddress)]);
        }

        if (CorrectionDelay < TimeSpan.Zero || CorrectionDelay > TimeSpan.FromDays(6))
        {
            yield return new ValidationResult("Delivery:CorrectionDelay is between 0 and 6 days (a queue message's hidden time).", [nameof(CorrectionDelay)]);
        }
    }
}
