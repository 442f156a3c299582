using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>
/// Which SMTP transport a company's mails take: its own relay (the password read from the deployment secret it names)
/// or the app's. Every mail of a company (invoices, quotes, reminders, alerts) takes the same one.
/// </summary>
public sealed class MailRoutes(IMailSender mail, IMailSecrets secrets)
{
    /// <returns>The route (null: the app's transport), or why no mail can leave (a permanent problem).</returns>
    public (MailRoute? Route, string? Problem) For(CompanyId company, SmtpRelay? relay)
    {
        if (relay is null)
        {
            return (null, mail.IsConfigured ? null : "No SMTP server is configured (Smtp__Host).");
        }

        var password = relay.PasswordSecretName is { } name ? secrets.Find(company, name) : null;
        return relay.PasswordSecretName is { } missing && password is null
            ? (null, $"The password of the company's SMTP relay is missing: the deployment needs the setting {secrets.SettingName(company, missing)}.")
            : (new MailRoute(relay, password), null);
    }
}
