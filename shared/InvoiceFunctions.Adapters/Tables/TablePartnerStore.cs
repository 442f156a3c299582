using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Partners;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>
/// Table "Partners": partners in partition "partner" (row = partner id: the webhook URL names it, so it is found without
/// the company), receipts in partition "receipt|{partner}" (row = SHA-256 of the webhook-id).
/// </summary>
public sealed class TablePartnerStore(StorageClients clients) : IPartnerStore
{
    private const string PartnerPartition = "partner";
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.Partners);

    public Task<bool> TryAddAsync(Partner partner, CancellationToken cancellationToken) => TableWrites.TryAddAsync(table, ToEntity(partner), cancellationToken);

    public async Task<Partner?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(PartnerPartition, id, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? ToPartner(entity) : null;
    }

    public async Task<IReadOnlyList<Partner>> ListAsync(CompanyId company, CancellationToken cancellationToken)
    {
        var partners = new List<Partner>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableFilters.PartitionWhere(PartnerPartition, "Company", company.Value), cancellationToken: cancellationToken))
        {
            partners.Add(ToPartner(row));
        }

        return partners;
    }

    public async Task<bool> TryUpdateAsync(Partner partner, CancellationToken cancellationToken)
    {
        try
        {
            await table.UpdateEntityAsync(ToEntity(partner), new ETag(partner.Version!), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    public async Task<PartnerWebhookReceipt?> FindReceiptAsync(string partner, string webhookId, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>("receipt|" + partner, Row(webhookId), cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } e
            ? new PartnerWebhookReceipt(e.GetString("Type"), e.GetString("Outcome"), e.GetString("ResourceId"), e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue)
            : null;
    }

    public async Task<PartnerWebhookReceipt> SaveReceiptAsync(string partner, string webhookId, PartnerWebhookReceipt receipt, CancellationToken cancellationToken)
    {
        var entity = new TableEntity("receipt|" + partner, Row(webhookId))
        {
            ["WebhookId"] = webhookId,
            ["Type"] = receipt.Type,
            ["Outcome"] = receipt.Outcome,
            ["ResourceId"] = receipt.ResourceId,
            ["At"] = receipt.At,
        };
        return await TableWrites.TryAddAsync(table, entity, cancellationToken) ? receipt : (await FindReceiptAsync(partner, webhookId, cancellationToken))! with { Replayed = true };
    }

    private static TableEntity ToEntity(Partner p) => new(PartnerPartition, p.Id)
    {
        ["Company"] = p.Company.Value,
        ["Name"] = p.Name,
        ["SecretVersions"] = string.Join(',', p.SecretVersions.Select(v => v.ToString(CultureInfo.InvariantCulture))),
        ["CreatedAt"] = p.CreatedAt,
    };

    private static Partner ToPartner(TableEntity e) => new(
        e.RowKey,
        CompanyId.Parse(e.GetString("Company")),
        e.GetString("Name"),
        e.GetString("SecretVersions").Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList(),
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        e.ETag.ToString());

    private static string Row(string webhookId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(webhookId)));
}
