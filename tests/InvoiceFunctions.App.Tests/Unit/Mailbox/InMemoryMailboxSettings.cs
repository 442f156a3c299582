using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Intake.Mail;

namespace InvoiceFunctions.App.Tests.Unit.Mailbox;

/// <summary>Mailbox settings in memory, indexed as the table adapter does (stale index rows included when asked).</summary>
public sealed class InMemoryMailboxSettings : IMailboxSettingsStore
{
    private readonly Dictionary<CompanyId, MailboxSettings> settings = [];
    private readonly List<(string Key, CompanyId Company)> index = [];

    public InMemoryMailboxSettings With(string company, MailboxSettings value)
    {
        var id = CompanyId.Parse(company);
        SaveAsync(id, value, settings.GetValueOrDefault(id), CancellationToken.None).GetAwaiter().GetResult();
        return this;
    }

    /// <summary>An index row that the company's settings no longer back (a crash between the writes).</summary>
    public InMemoryMailboxSettings WithStaleToken(string company, string token)
    {
        index.Add(("token-" + token, CompanyId.Parse(company)));
        return this;
    }

    public Task<MailboxSettings?> FindAsync(CompanyId company, CancellationToken cancellationToken) => Task.FromResult(settings.GetValueOrDefault(company));

    public Task SaveAsync(CompanyId company, MailboxSettings value, MailboxSettings? previous, CancellationToken cancellationToken)
    {
        settings[company] = value;
        index.RemoveAll(i => i.Company == company);
        if (value.Token is { } token)
        {
            index.Add(("token-" + token, company));
        }

        index.AddRange(value.AllowedSenders.Select(s => ("sender-" + s, company)));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CompanyId>> FindByTokenAsync(string token, CancellationToken cancellationToken) => Find("token-" + token);

    public Task<IReadOnlyList<CompanyId>> FindBySenderAsync(string entry, CancellationToken cancellationToken) => Find("sender-" + entry);

    private Task<IReadOnlyList<CompanyId>> Find(string key) => Task.FromResult<IReadOnlyList<CompanyId>>([.. index.Where(i => i.Key == key).Select(i => i.Company).Distinct()]);
}
