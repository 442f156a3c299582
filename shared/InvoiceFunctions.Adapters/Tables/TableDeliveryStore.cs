using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>
/// Delivery attempts in table Deliveries: partition = company, row "{invoiceId}|{channel}|{attempt:0000}" (connector channels:
/// "{invoiceId}|{channel}-{connector}|{attempt:0000}", one receiver per connector), so an invoice's
/// attempts are one range of its company's partition. Inserts never overwrite (the duplicate guard); updates are
/// conditional on the ETag read. Table DeliveryMessages indexes each intent's Message-ID (partition = its SHA-256) to the
/// attempt, so a bounce finds it whatever the company.
/// </summary>
public sealed class TableDeliveryStore(StorageClients clients) : IDeliveryStore
{
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.Deliveries);
    private readonly TableClient messages = clients.Tables.GetTableClient(TableNames.DeliveryMessages);

    public async Task<IReadOnlyList<DeliveryRecord>> ListAsync(CompanyId company, string invoiceId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {company.Value} and RowKey ge {invoiceId + "|"} and RowKey lt {invoiceId + "}"}");
        var records = new List<DeliveryRecord>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            records.Add(ToRecord(entity));
        }

        return records;
    }

    public async Task<DeliveryRecord?> TryAddAsync(DeliveryRecord record, CancellationToken cancellationToken)
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

    public async Task<DeliveryRecord?> FindByMessageIdAsync(string messageId, CancellationToken cancellationToken)
    {
        var index = await messages.GetEntityIfExistsAsync<TableEntity>(MessageKey(messageId), "", cancellationToken: cancellationToken);
        if (!index.HasValue || index.Value is not { } entry || entry.GetString("MessageId") != messageId)
        {
            return null;
        }

        var found = await table.GetEntityIfExistsAsync<TableEntity>(entry.GetString("Company"), entry.GetString("Row"), cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? ToRecord(entity) : null;
    }

    public async Task<DeliveryRecord> UpdateAsync(DeliveryRecord record, CancellationToken cancellationToken)
    {
        if (record is { State: DeliveryState.Sending, MessageId: { } messageId })
        {
            await messages.UpsertEntityAsync(
                new TableEntity(MessageKey(messageId), "")
                {
                    ["MessageId"] = messageId,
                    ["Company"] = record.Company.Value,
                    ["Row"] = RowKey(record),
                },
                TableUpdateMode.Replace,
                cancellationToken);
        }

        try
        {
            var response = await table.UpdateEntityAsync(ToEntity(record), new ETag(record.Version!), TableUpdateMode.Replace, cancellationToken);
            return record with { Version = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            throw new ConcurrencyConflictException($"Delivery attempt {record.Attempt} of invoice '{record.InvoiceId}'", 1);
        }
    }

    private static string MessageKey(string messageId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)));

    private static string RowKey(DeliveryRecord r) =>
        $"{r.InvoiceId}|{r.Channel.ToString().ToLowerInvariant()}{(r.Connector is null ? "" : "-" + r.Connector)}|{r.Attempt:0000}";

    private static TableEntity ToEntity(DeliveryRecord r) => new(r.Company.Value, RowKey(r))
    {
        ["InvoiceId"] = r.InvoiceId,
        ["Channel"] = r.Channel.ToString(),
        ["Attempt"] = r.Attempt,
        ["Reason"] = r.Reason.ToString(),
        ["RequestId"] = r.RequestId,
        ["State"] = r.State.ToString(),
        ["Receiver"] = r.Receiver,
        ["MessageId"] = r.MessageId,
        ["Detail"] = r.Detail,
        ["LedgerRecorded"] = r.LedgerRecorded,
        ["CreatedAt"] = r.CreatedAt,
        ["UpdatedAt"] = r.UpdatedAt,
        ["SentAt"] = r.SentAt,
        ["Connector"] = r.Connector,
    };

    private static DeliveryRecord ToRecord(TableEntity e) => new(
        CompanyId.Parse(e.PartitionKey),
        e.GetString("InvoiceId"),
        Enum.Parse<DeliveryChannel>(e.GetString("Channel")),
        e.GetInt32("Attempt") ?? 0,
        Enum.Parse<DeliveryReason>(e.GetString("Reason")),
        e.GetString("RequestId"),
        Enum.Parse<DeliveryState>(e.GetString("State")),
        e.GetString("Receiver"),
        e.GetString("MessageId"),
        e.GetString("Detail"),
        e.GetBoolean("LedgerRecorded") ?? false,
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("SentAt"),
        e.ETag.ToString(),
        e.GetString("Connector"));
}
