using System.Net.Mail;
using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>A company's e-mail settings: the shipped defaults until it saves its own; saved only when every field is valid.</summary>
public sealed class EmailSettingsService(IEmailSettingsStore store)
{
    public async Task<EmailSettings> GetAsync(CompanyId company, CancellationToken cancellationToken) =>
        WithDefaults(await store.FindAsync(company, cancellationToken) ?? DefaultEmailTemplates.Settings);

    public async Task<EmailSettings> SaveAsync(CompanyId company, EmailSettings settings, CancellationToken cancellationToken)
    {
        var errors = Validate(settings).ToList();
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var saved = WithDefaults(settings with
        {
            SenderName = Blank(settings.SenderName)?.Trim(),
            SenderAddress = Blank(settings.SenderAddress)?.Trim(),
            ReplyTo = Blank(settings.ReplyTo)?.Trim(),
        });
        await store.SaveAsync(company, saved, cancellationToken);
        return saved;
    }

    public static IEnumerable<FieldError> Validate(EmailSettings settings)
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

        foreach (var error in ValidateTemplates(settings.Templates, "templates").Concat(ValidateTemplates(settings.QuoteTemplates, "quoteTemplates")))
        {
            yield return error;
        }
    }

    /// <summary>The From address of a company's mails: its own, else the app's default; null when neither is set.</summary>
    public static string? SenderAddressOf(EmailSettings settings, DeliveryOptions options) =>
        settings.SenderAddress ?? (string.IsNullOrWhiteSpace(options.DefaultSenderAddress) ? null : options.DefaultSenderAddress.Trim());

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
}
