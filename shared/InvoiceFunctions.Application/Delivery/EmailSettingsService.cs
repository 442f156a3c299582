using System.Net;
using System.Net.Mail;
using System.Text.RegularExpressions;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Delivery.Connectors;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>A company's e-mail settings: the shipped defaults until it saves its own; saved only when every field is valid.</summary>
public sealed partial class EmailSettingsService(IEmailSettingsStore store, IMailSecrets secrets, IOptions<ConnectorOptions> connectors)
{
    public async Task<EmailSettings> GetAsync(CompanyId company, CancellationToken cancellationToken) =>
        WithDefaults(await store.FindAsync(company, cancellationToken) ?? DefaultEmailTemplates.Settings);

    public async Task<EmailSettings> SaveAsync(CompanyId company, EmailSettings settings, CancellationToken cancellationToken)
    {
        var errors = Validate(settings, connectors.Value.AllowLoopback).ToList();
        if (settings.Smtp?.PasswordSecretName is { } secret && SecretNameRegex().IsMatch(secret) && secrets.Find(company, secret) is null)
        {
            // Checked when saved, so a typo shows now rather than as failed deliveries.
            errors.Add(new FieldError("smtp.passwordSecretName", $"No such secret for this company: the deployment needs the setting {secrets.SettingName(company, secret)}."));
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var saved = WithDefaults(settings with
        {
            SenderName = Blank(settings.SenderName)?.Trim(),
            SenderAddress = Blank(settings.SenderAddress)?.Trim(),
            ReplyTo = Blank(settings.ReplyTo)?.Trim(),
            Smtp = settings.Smtp is { } relay ? relay with { Host = relay.Host!.Trim(), UserName = Blank(relay.UserName) } : null,
        });
        await store.SaveAsync(company, saved, cancellationToken);
        return saved;
    }

    /// <param name="allowLoopback">Development only (Connectors__AllowLoopback): a relay on a loopback address is allowed.</param>
    public static IEnumerable<FieldError> Validate(EmailSettings settings, bool allowLoopback = false)
    {
        if (settings.SenderName is { } name && (name.Length > 100 || name.Any(char.IsControl)))
        {
            yield return new FieldError("senderName", "At most 100 characters, no line breaks.");
        }

        if (!IsAddress(settings.SenderAddress))
        {
            yield return new FieldError("senderAddress", "An e-mail address (name@domain).");
        }

        if (!IsAddress(settings.ReplyTo))
        {
            yield return new FieldError("replyTo", "An e-mail address (name@domain).");
        }

        if (!Enum.IsDefined(settings.Attachments))
        {
            yield return new FieldError("attachments", "FacturX, PdfAndXml or Xml.");
        }

        foreach (var error in settings.Smtp is { } relay ? ValidateRelay(relay, allowLoopback) : [])
        {
            yield return error;
        }

        foreach (var error in ValidateTemplates(settings.Templates, "templates").Concat(ValidateTemplates(settings.QuoteTemplates, "quoteTemplates")))
        {
            yield return error;
        }
    }

    /// <summary>The From address of a company's mails: its own, else the app's default; null when neither is set.</summary>
    public static string? SenderAddressOf(EmailSettings settings, DeliveryOptions options) =>
        settings.SenderAddress ?? (string.IsNullOrWhiteSpace(options.DefaultSenderAddress) ? null : options.DefaultSenderAddress.Trim());

    private static IEnumerable<FieldError> ValidateRelay(SmtpRelay relay, bool allowLoopback)
    {
        var host = relay.Host?.Trim();
        if (string.IsNullOrEmpty(host) || host.Length > 253 || Uri.CheckHostName(host) == UriHostNameType.Unknown)
        {
            yield return new FieldError("smtp.host", "The relay's host name or address.");
        }
        else if (IPAddress.TryParse(host.Trim('[', ']'), out var address) && OutboundAddressPolicy.Refusal(address, allowLoopback) is { } refusal)
        {
            // The SSRF guard of connectors: a literal address is judged now, a name at every connection.
            yield return new FieldError("smtp.host", refusal);
        }

        if (relay.Port is < 1 or > 65535)
        {
            yield return new FieldError("smtp.port", "1 to 65535 (587 for StartTls, 465 for Tls).");
        }

        if (!Enum.IsDefined(relay.Security))
        {
            yield return new FieldError("smtp.security", "None, StartTls or Tls.");
        }

        if (relay.UserName is { } user && (user.Length > 200 || user.Any(char.IsControl)))
        {
            yield return new FieldError("smtp.userName", "At most 200 characters, no control characters.");
        }

        if (string.IsNullOrWhiteSpace(relay.UserName) != (relay.PasswordSecretName is null))
        {
            yield return new FieldError("smtp.passwordSecretName", "Required with a user name, and only with one: the name of the secret holding the password (never the password).");
        }
        else if (relay.PasswordSecretName is { } secret && !SecretNameRegex().IsMatch(secret))
        {
            yield return new FieldError("smtp.passwordSecretName", "A secret's name: letters, digits and '-', at most 64.");
        }
    }

    /// <summary>Null or blank means "not set"; otherwise a single address with a dotted domain, at most 254 characters.</summary>
    public static bool IsAddress(string? text) =>
        Blank(text) is not { } value
        || (value.Length <= 254 && MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim() && address.Host.Contains('.', StringComparison.Ordinal));

    private static IEnumerable<FieldError> ValidateTemplates(IReadOnlyDictionary<string, EmailTemplate>? templates, string path)
    {
        foreach (var (language, template) in templates ?? new Dictionary<string, EmailTemplate>())
        {
            if (!DefaultEmailTemplates.Languages.Contains(language))
            {
                yield return new FieldError($"{path}.{language}", "Languages are fr and en.");
                continue;
            }

            foreach (var error in EmailTemplateRenderer.Validate(template ?? new EmailTemplate(null, null), $"{path}.{language}"))
            {
                yield return error;
            }
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static EmailSettings WithDefaults(EmailSettings settings)
    {
        var templates = DefaultEmailTemplates.Languages.ToDictionary(l => l, l => settings.Templates?.GetValueOrDefault(l) ?? DefaultEmailTemplates.For(l));
        var quotes = DefaultEmailTemplates.Languages.ToDictionary(l => l, l => settings.QuoteTemplates?.GetValueOrDefault(l) ?? DefaultEmailTemplates.QuoteFor(l));
        return settings with { Templates = templates, QuoteTemplates = quotes };
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,63}$")]
    private static partial Regex SecretNameRegex();
}
