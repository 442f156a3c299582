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

    /// <summary>
    /// The API's public address (https://{app}.azurewebsites.net; http://127.0.0.1:7071 locally), for the "confirm receipt"
    /// link put in each mail; empty: mails carry no link.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a mail's "confirm receipt" link works.</summary>
    public TimeSpan AcknowledgementLinkLifetime { get; set; } = TimeSpan.FromDays(90);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!EmailSettingsService.IsAddress(DefaultSenderAddress))
        {
            yield return new ValidationResult("Delivery:DefaultSenderAddress is not an e-mail address (name@domain).", [nameof(DefaultSenderAddress)]);
        }

        if (!string.IsNullOrWhiteSpace(PublicBaseUrl)
            && (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http") || url.Query.Length > 0 || !string.IsNullOrEmpty(url.UserInfo)))
        {
            yield return new ValidationResult("Delivery:PublicBaseUrl is the API's absolute http(s) address, without query or credentials.", [nameof(PublicBaseUrl)]);
        }

        if (AcknowledgementLinkLifetime <= TimeSpan.Zero || AcknowledgementLinkLifetime > TimeSpan.FromDays(3650))
        {
            yield return new ValidationResult("Delivery:AcknowledgementLinkLifetime is between a second and ten years.", [nameof(AcknowledgementLinkLifetime)]);
        }

        if (CorrectionDelay < TimeSpan.Zero || CorrectionDelay > TimeSpan.FromDays(6))
        {
            yield return new ValidationResult("Delivery:CorrectionDelay is between 0 and 6 days (a queue message's hidden time).", [nameof(CorrectionDelay)]);
        }
    }
}
