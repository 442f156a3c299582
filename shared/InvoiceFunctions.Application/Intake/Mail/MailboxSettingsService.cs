using System.Security.Cryptography;
using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>Reads and replaces a company's mailbox settings; the routing token is generated here, never chosen by a caller.</summary>
public sealed class MailboxSettingsService(IMailboxSettingsStore store, CompanyService companies, TimeProvider time)
{
    public const int MaxSenders = 200;

    /// <summary>Lower-case letters and digits without the look-alikes (l, o, 0, 1): tokens survive being read aloud and lower-cased by mail systems.</summary>
    private const string TokenAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public async Task<MailboxSettings> GetAsync(CompanyId company, CancellationToken cancellationToken)
    {
        await companies.GetAsync(company, cancellationToken);
        return await store.FindAsync(company, cancellationToken) ?? MailboxSettings.None;
    }

    public async Task<MailboxSettings> SaveAsync(CompanyId company, MailboxSettingsRequest request, CancellationToken cancellationToken)
    {
        var senders = new List<string>();
        var errors = new List<FieldError>();
        var given = request.AllowedSenders ?? [];
        if (given.Count > MaxSenders)
        {
            errors.Add(new FieldError("allowedSenders", $"At most {MaxSenders} entries."));
        }

        for (var i = 0; i < given.Count && i < MaxSenders; i++)
        {
            if (MailboxSettings.Normalize(given[i]) is { } entry)
            {
                senders.Add(entry);
            }
            else
            {
                errors.Add(new FieldError($"allowedSenders[{i}]", "An e-mail address (name@domain.tld) or a whole domain (@domain.tld)."));
            }
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var previous = await store.FindAsync(company, cancellationToken);
        await companies.GetAsync(company, cancellationToken);
        var token = request.RotateToken || previous?.Token is null ? NewToken() : previous.Token;
        var saved = new MailboxSettings(request.Enabled ?? true, token, [.. senders.Distinct(StringComparer.Ordinal)], time.GetUtcNow());
        await store.SaveAsync(company, saved, previous, cancellationToken);
        return saved;
    }

    public static string NewToken() => RandomNumberGenerator.GetString(TokenAlphabet, 12);
}
