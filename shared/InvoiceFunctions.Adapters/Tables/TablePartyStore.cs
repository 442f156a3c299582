using System.Text.Json;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>Customers and suppliers in table Contacts: partition = company, row = contact id.</summary>
public sealed class TablePartyStore(StorageClients clients) : IPartyStore
{
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.Contacts);

    public async Task<string?> TryAddAsync(Party party, CancellationToken cancellationToken)
    {
        try
        {
            var added = await table.AddEntityAsync(ToEntity(party), cancellationToken);
            return added.Headers.ETag?.ToString() ?? "";
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 409)
        {
            return null;
        }
    }

    public async Task<string> ReplaceAsync(Party party, CancellationToken cancellationToken)
    {
        try
        {
            // The table's own condition: two edits from the same read cannot both win.
            var written = await table.UpdateEntityAsync(ToEntity(party), party.Version is { } version ? new Azure.ETag(version) : Azure.ETag.All, TableUpdateMode.Replace, cancellationToken);
            return written.Headers.ETag?.ToString() ?? "";
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            throw new Application.ResourceNotFoundException("Contact", party.Id);
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 412)
        {
            throw new Application.Issuing.PreconditionFailedException($"Contact '{party.Id}'");
        }
    }

    private static TableEntity ToEntity(Party party) =>
        new(party.Company.Value, party.Id)
        {
            ["Role"] = party.Role.ToString(),
            ["Name"] = party.Name,
            ["LegalId"] = party.LegalId,
            ["VatId"] = party.VatId,
            ["Email"] = party.Email,
            ["CountryCode"] = party.CountryCode,
            ["CreatedAt"] = party.CreatedAt,
            ["Address"] = party.Address is { } address ? JsonSerializer.Serialize(address, StoredJson.Options) : null,
            ["Preferences"] = party.Preferences is { } preferences ? JsonSerializer.Serialize(preferences, StoredJson.Options) : null,
            ["CcEmails"] = party.CcEmails is { Count: > 0 } copies ? JsonSerializer.Serialize(copies, StoredJson.Options) : null,
        };

    public async Task<Party?> FindAsync(CompanyId company, string id, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(company.Value, id, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } e ? ToParty(e) : null;
    }

    public Task UpdateEmailAsync(CompanyId company, string id, string email, CancellationToken cancellationToken) =>
        MergeAsync(new TableEntity(company.Value, id) { ["Email"] = email }, cancellationToken);

    public Task UpdatePreferencesAsync(CompanyId company, string id, BillingPreferences preferences, CancellationToken cancellationToken) =>
        MergeAsync(new TableEntity(company.Value, id) { ["Preferences"] = JsonSerializer.Serialize(preferences, StoredJson.Options) }, cancellationToken);

    private async Task MergeAsync(TableEntity changes, CancellationToken cancellationToken)
    {
        try
        {
            await table.UpdateEntityAsync(changes, Azure.ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            throw new Application.ResourceNotFoundException("Contact", changes.RowKey);
        }
    }

    public Task<ResultPage<Party>> ListAsync(CompanyId company, PartyRole? role, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        TablePages.ReadAsync(table, TableFilters.PartitionWhere(company.Value, "Role", role?.ToString()), pageSize, continuation, ToParty, cancellationToken);

    private static Party ToParty(TableEntity e) => new(
        CompanyId.Parse(e.PartitionKey), e.RowKey, Enum.Parse<PartyRole>(e.GetString("Role")), e.GetString("Name"), e.GetString("LegalId"),
        e.GetString("VatId"), e.GetString("Email"), e.GetString("CountryCode"), e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        e.GetString("Address") is { } address ? JsonSerializer.Deserialize<PostalAddress>(address, StoredJson.Options) : null,
        e.GetString("Preferences") is { } preferences ? JsonSerializer.Deserialize<BillingPreferences>(preferences, StoredJson.Options) : null,
        e.GetString("CcEmails") is { } copies ? JsonSerializer.Deserialize<string[]>(copies, StoredJson.Options) : null,
        e.ETag.ToString());
}
