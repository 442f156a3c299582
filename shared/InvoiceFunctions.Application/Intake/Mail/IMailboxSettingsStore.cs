using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>Each company's mailbox settings, with indexes from token and from allowlist entry to companies.</summary>
public interface IMailboxSettingsStore
{
    Task<MailboxSettings?> FindAsync(CompanyId company, CancellationToken cancellationToken);

    /// <summary>Saves the settings and brings the indexes in line (entries of <paramref name="previous"/> no longer listed are removed).</summary>
    Task SaveAsync(CompanyId company, MailboxSettings settings, MailboxSettings? previous, CancellationToken cancellationToken);

    /// <summary>Companies indexed under the token (the caller checks each one's settings: an index row may be stale).</summary>
    Task<IReadOnlyList<CompanyId>> FindByTokenAsync(string token, CancellationToken cancellationToken);

    /// <summary>Companies indexed under an allowlist entry (an address or "@domain").</summary>
    Task<IReadOnlyList<CompanyId>> FindBySenderAsync(string entry, CancellationToken cancellationToken);
}
