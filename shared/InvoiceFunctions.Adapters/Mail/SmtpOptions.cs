using System.ComponentModel.DataAnnotations;
using InvoiceFunctions.Application.Delivery;

namespace InvoiceFunctions.Adapters.Mail;

/// <summary>
/// Section "Smtp": the transport of delivery mails. Defaults are the MailDev that ./scripts/start.sh runs; an empty
/// Host means no transport (deliveries then fail with that reason). The password is a secret: a Key Vault reference in
/// Azure, never logged.
/// </summary>
public sealed class SmtpOptions : IValidatableObject
{
    public const string Section = "Smtp";

    public string? Host { get; set; } = "127.0.0.1";

    [Range(1, 65535)]
    public int Port { get; set; } = 1025;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.None;

    /// <summary>Authenticates (with <see cref="Password"/>) only when set.</summary>
    public string? UserName { get; set; }

    /// <summary>Secret: a Key Vault reference in Azure; never logged.</summary>
    public string? Password { get; set; }

    /// <summary>Connect, command and data timeout.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 60;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Security))
        {
            yield return new ValidationResult("Smtp:Security is None, StartTls or Tls.", [nameof(Security)]);
        }

        if (!string.IsNullOrWhiteSpace(Host) && Uri.CheckHostName(Host.Trim()) == UriHostNameType.Unknown)
        {
            yield return new ValidationResult("Smtp:Host is not a host name or address.", [nameof(Host)]);
        }
    }
}
