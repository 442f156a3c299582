using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Intake;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>Table "Intake": partition = company, row = SHA-256 of the source key (keys are long and free text), the source key kept beside.</summary>
public sealed class TableIntakeStore(StorageClients clients) : IIntakeStore
{
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.Intake);

    public async Task<IntakeClaim> ClaimAsync(CompanyId company, string sourceKey, string reservedId, CancellationToken cancellationToken)
    {
        var row = Row(sourceKey);
        try
        {
            var added = await table.AddEntityAsync(new TableEntity(company.Value, row) { ["SourceKey"] = Trim(sourceKey), ["ReservedId"] = reservedId }, cancellationToken);
            return new IntakeClaim(reservedId, null, added.Headers.ETag?.ToString());
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = (await table.GetEntityAsync<TableEntity>(company.Value, row, cancellationToken: cancellationToken)).Value;
            var result = existing.GetString("Result") is { } json ? JsonSerializer.Deserialize<IntakeResult>(json, StoredJson.Options) : null;
            return new IntakeClaim(existing.GetString("ReservedId"), result, existing.ETag.ToString());
        }
    }

    public async Task CompleteAsync(CompanyId company, string sourceKey, IntakeClaim claim, IntakeResult result, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(company.Value, Row(sourceKey))
        {
            ["SourceKey"] = Trim(sourceKey),
            ["ReservedId"] = claim.ReservedId,
            // A batch's per-invoice results are each kept under their own key (a replay of the batch reads them there).
            ["Result"] = JsonSerializer.Serialize(result with { Replayed = false, Items = null }, StoredJson.Options),
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    private static string Row(string sourceKey) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sourceKey)));

    private static string Trim(string sourceKey) => sourceKey.Length <= 2000 ? sourceKey : sourceKey[..2000];
}
