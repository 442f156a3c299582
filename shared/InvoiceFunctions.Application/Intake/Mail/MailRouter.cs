using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>
/// Decides which company a message is for. A token (subject or plus-address) names the company; the company's
/// allowlist, when not empty, must then name the sender. Without a token, the sender (address, then domain) must be on
/// exactly one company's allowlist. Everything else is refused with its reason. The indexes are only hints: each
/// candidate's own settings are read to confirm (a rotated token or a removed sender stops routing at once).
/// </summary>
public sealed class MailRouter(IMailboxSettingsStore store)
{
    public async Task<MailRoute> RouteAsync(MailHeaders headers, CancellationToken cancellationToken)
    {
        var byToken = new Dictionary<CompanyId, (string Where, MailboxSettings Settings)>();
        foreach (var (token, where) in MailTokens.Find(headers))
        {
            foreach (var company in await store.FindByTokenAsync(token, cancellationToken))
            {
                if (await store.FindAsync(company, cancellationToken) is { } settings && settings.Token == token)
                {
                    byToken.TryAdd(company, ($"token in {where}", settings));
                }
            }
        }

        if (byToken.Count > 1)
        {
            return Refused(null, null, MailRefusalCode.AmbiguousRouting, $"Tokens of {byToken.Count} companies: {string.Join(", ", byToken.Keys)}.");
        }

        if (byToken.Count == 1)
        {
            var (company, (how, settings)) = byToken.First();
            return !settings.AllowsWithToken(headers.From)
                ? Refused(company, how, MailRefusalCode.SenderNotAllowed, $"The sender {headers.From ?? "(none)"} is not on the company's allowlist.")
                : Checked(company, how, settings);
        }

        return await BySenderAsync(headers.From, cancellationToken);
    }

    private async Task<MailRoute> BySenderAsync(string? sender, CancellationToken cancellationToken)
    {
        if (sender is null)
        {
            return Refused(null, null, MailRefusalCode.UnknownSender, "No company token and no sender address.");
        }

        // The exact address wins over a domain entry, so one company can take a supplier's AP address and another its domain.
        foreach (var key in MailboxSettings.SenderKeys(sender))
        {
            var listing = new List<(CompanyId Company, MailboxSettings Settings)>();
            foreach (var company in await store.FindBySenderAsync(key, cancellationToken))
            {
                if (await store.FindAsync(company, cancellationToken) is { } settings && settings.AllowedSenders.Contains(key))
                {
                    listing.Add((company, settings));
                }
            }

            if (listing.Count > 1)
            {
                return Refused(null, null, MailRefusalCode.AmbiguousRouting, $"The sender {sender} is allowed by {listing.Count} companies; send with a company token.");
            }

            if (listing.Count == 1)
            {
                return Checked(listing[0].Company, "allowed sender", listing[0].Settings);
            }
        }

        return Refused(null, null, MailRefusalCode.UnknownSender, $"No company token, and no company allows the sender {sender}.");
    }

    private static MailRoute Checked(CompanyId company, string how, MailboxSettings settings) =>
        settings.Enabled ? new MailRoute(company, how, null) : Refused(company, how, MailRefusalCode.MailboxDisabled, "The company's mailbox is turned off.");

    private static MailRoute Refused(CompanyId? company, string? how, MailRefusalCode code, string message) => new(company, how, new MailRefusal(code, message));
}
