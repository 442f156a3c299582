using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Rendering.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>
/// Mails to the company itself (its billing profile's e-mail, BG-6): a reminder that bounced, the daily digest. Best effort:
/// an alert that cannot leave is logged, never fails what raised it (the facts stay in the ledger and the steps).
/// </summary>
public sealed class DunningAlerts(
    CompanyService companies, BillingProfileService profiles, EmailSettingsService settings, IMailSender mail, MailRoutes routes, IOptions<DeliveryOptions> options, ILogger<DunningAlerts> logger)
{
    /// <summary>Whether the company reads French (its documents' default language).</summary>
    public async Task<bool> FrenchAsync(CompanyId company, CancellationToken cancellationToken) =>
        (await profiles.GetAsync(company, cancellationToken)).Language == DocumentLanguage.French;

    /// <param name="key">Unique per alert (the Message-ID's local part), so a receiver can tell a repeat.</param>
    /// <returns>The address it went to, or null when it could not be sent (no company address, no SMTP server, a refusal).</returns>
    public async Task<string?> SendAsync(CompanyId company, string key, string subject, string body, CancellationToken cancellationToken)
    {
        var to = (await profiles.GetAsync(company, cancellationToken)).Email?.Trim();
        var email = await settings.GetAsync(company, cancellationToken);
        var sender = EmailSettingsService.SenderAddressOf(email, options.Value);
        var (route, routeProblem) = routes.For(company, email.Smtp);
        if (to is null || !EmailSettingsService.IsAddress(to) || sender is null || routeProblem is not null)
        {
            logger.AlertNotSent(company.Value, key, routeProblem ?? "no company e-mail in the billing profile or no sender");
            return null;
        }

        var name = email.SenderName ?? (await companies.GetAsync(company, cancellationToken)).Name;
        try
        {
            await mail.SendAsync(new OutgoingMail($"{key}@{sender[(sender.LastIndexOf('@') + 1)..]}", name, sender, null, to, subject, body, [], Route: route), cancellationToken);
            return to;
        }
        catch (Exception ex) when (ex is MailTransientException or MailRejectedException)
        {
            logger.AlertNotSent(company.Value, key, ex.Message);
            return null;
        }
    }
}
