using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Intake.Mail;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>
/// Mailbox settings in table MailboxSettings (partition = company, row "mailbox", JSON) and the routing indexes in
/// table MailboxRoutes: partition "token-{token}" or "sender-{SHA-256 of the entry}" (addresses may hold characters
/// a key may not), row = company. New index rows are written before the settings and stale ones removed after, so a
/// crash in between leaves extra rows only, which the router ignores after reading each company's settings.
/// </summary>
public sealed class TableMailboxSettingsStore(StorageClients clients) : IMailboxSettingsStore
{
    private const string Row = "mailbox";
    private readonly TableClient settingsTable = clients.Tables.GetTableClient(TableNames.MailboxSettings);
    private readonly TableClient routes = clients.Tables.GetTableClient(TableNames.MailboxRoutes);

    public async Task<MailboxSettings?> FindAsync(CompanyId company, CancellationToken cancellationToken)
    {
        var found = await settingsTable.GetEntityIfExistsAsync<TableEntity>(company.Value, Row, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? JsonSerializer.Deserialize<MailboxSettings>(entity.GetString("Settings"), StoredJson.Options) : null;
    }

    public async Task SaveAsync(CompanyId company, MailboxSettings settings, MailboxSettings? previous, CancellationToken cancellationToken)
    {
        var keys = Keys(settings).ToHashSet(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            await routes.UpsertEntityAsync(new TableEntity(key, company.Value), TableUpdateMode.Replace, cancellationToken);
        }

        await settingsTable.UpsertEntityAsync(
            new TableEntity(company.Value, Row) { ["Settings"] = JsonSerializer.Serialize(settings, StoredJson.Options) }, TableUpdateMode.Replace, cancellationToken);
        foreach (var stale in (previous is null ? [] : Keys(previous)).Where(k => !keys.Contains(k)))
        {
            await routes.DeleteEntityAsync(stale, company.Value, cancellationToken: cancellationToken);
        }
    }

    public Task<IReadOnlyList<CompanyId>> FindByTokenAsync(string token, CancellationToken cancellationToken) => CompaniesAsync(TokenKey(token), cancellationToken);

    public Task<IReadOnlyList<CompanyId>> FindBySenderAsync(string entry, CancellationToken cancellationToken) => CompaniesAsync(SenderKey(entry), cancellationToken);

    private async Task<IReadOnlyList<CompanyId>> CompaniesAsync(string partition, CancellationToken cancellationToken)
    {
        var companies = new List<CompanyId>();
        await foreach (var row in routes.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), 100, ["RowKey"], cancellationToken))
        {
            if (CompanyId.TryParse(row.RowKey, out var id))
            {
                companies.Add(id);
            }

            if (companies.Count >= 100)
            {
                break;
            }
        }

        return companies;
    }

    private static IEnumerable<string> Keys(MailboxSettings settings) =>
        (settings.Token is { } token ? [TokenKey(token)] : Array.Empty<string>()).Concat(settings.AllowedSenders.Select(SenderKey));

    private static string TokenKey(string token) => "token-" + token.ToLowerInvariant();

    private static string SenderKey(string entry) => "sender-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(entry.ToLowerInvariant())));
}
