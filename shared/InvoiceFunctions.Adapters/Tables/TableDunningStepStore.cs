using System.Globalization;
using Azure;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Dunning;
using InvoiceFunctions.Core.Dunning;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>
/// Dunning steps in table DunningSteps: partition = company, row "{invoiceId}|{stepKey}", so an invoice's steps are one
/// range of its company's partition. The insert is the step's claim and never overwrites; updates are conditional on the ETag.
/// </summary>
public sealed class TableDunningStepStore(StorageClients clients) : IDunningStepStore
{
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.DunningSteps);

    public async Task<IReadOnlyList<DunningStepRecord>> ListAsync(CompanyId company, string invoiceId, CancellationToken cancellationToken)
    {
        var records = new List<DunningStepRecord>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableFilters.Prefix(company.Value, invoiceId + "|"), cancellationToken: cancellationToken))
        {
            records.Add(ToRecord(entity));
        }

        return [.. records.OrderBy(r => r.CreatedAt)];
    }

    public async Task<DunningStepRecord?> FindAsync(CompanyId company, string invoiceId, string stepKey, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(company.Value, RowKey(invoiceId, stepKey), cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? ToRecord(entity) : null;
    }

    public async Task<IReadOnlyList<DunningStepRecord>> ListCreatedAsync(CompanyId company, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var records = new List<DunningStepRecord>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {company.Value} and CreatedAt ge {from} and CreatedAt lt {until}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            records.Add(ToRecord(entity));
        }

        return [.. records.OrderBy(r => r.CreatedAt)];
    }

    public async Task<DunningStepRecord?> TryAddAsync(DunningStepRecord record, CancellationToken cancellationToken)
    {
        try
        {
            var response = await table.AddEntityAsync(ToEntity(record), cancellationToken);
            return record with { Version = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return null;
        }
    }

    public async Task<DunningStepRecord> UpdateAsync(DunningStepRecord record, CancellationToken cancellationToken) =>
        record with { Version = await TableWrites.ReplaceAsync(table, ToEntity(record), record.Version!, $"Dunning step {record.IdempotencyKey}", cancellationToken) };

    public async Task DeleteAsync(DunningStepRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(record.Company.Value, RowKey(record.InvoiceId, record.StepKey), new ETag(record.Version!), cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Gone or taken over meanwhile: nothing of ours to release.
        }
    }

    private static string RowKey(string invoiceId, string stepKey) => $"{invoiceId}|{stepKey}";

    private static TableEntity ToEntity(DunningStepRecord r) => new(r.Company.Value, RowKey(r.InvoiceId, r.StepKey))
    {
        ["InvoiceId"] = r.InvoiceId,
        ["Instance"] = r.Instance,
        ["StepKey"] = r.StepKey,
        ["Kind"] = r.Kind.ToString(),
        ["State"] = r.State.ToString(),
        ["DaysLate"] = r.DaysLate,
        ["AmountDue"] = r.AmountDue.ToString(CultureInfo.InvariantCulture),
        ["Receiver"] = r.Receiver,
        ["MessageId"] = r.MessageId,
        ["Detail"] = r.Detail,
        ["LedgerRecorded"] = r.LedgerRecorded,
        ["CreatedAt"] = r.CreatedAt,
        ["UpdatedAt"] = r.UpdatedAt,
        ["FeeInvoiceId"] = r.FeeInvoiceId,
        ["Channel"] = r.Channel.ToString(),
        ["Connector"] = r.Connector,
    };

    private static DunningStepRecord ToRecord(TableEntity e) => new(
        CompanyId.Parse(e.PartitionKey),
        e.GetString("InvoiceId"),
        e.GetString("Instance"),
        e.GetString("StepKey"),
        Enum.Parse<DunningStepKind>(e.GetString("Kind")),
        Enum.Parse<DunningStepState>(e.GetString("State")),
        e.GetInt32("DaysLate") ?? 0,
        decimal.Parse(e.GetString("AmountDue") ?? "0", CultureInfo.InvariantCulture),
        e.GetString("Receiver"),
        e.GetString("MessageId"),
        e.GetString("Detail"),
        e.GetBoolean("LedgerRecorded") ?? false,
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
        e.ETag.ToString(),
        e.GetString("FeeInvoiceId"),
        Enum.TryParse<DunningChannel>(e.GetString("Channel"), out var channel) ? channel : DunningChannel.Email,
        e.GetString("Connector"));
}
