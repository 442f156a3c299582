using InvoiceFunctions.Application.Ledger;
using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>
/// An attempt's outcome in the invoice history (Sent, Bounced, DeliveryFailed), then the record's flag that says so: a
/// crash in between is completed by the retry. Connector attempts name their channel and connector in the detail.
/// </summary>
public sealed class DeliveryLedger(LedgerService ledger, IDeliveryStore store, ILogger<DeliveryLedger> logger)
{
    public const string Actor = "delivery";

    public async Task<DeliveryRecord> RecordAsync(DeliveryRecord record, CancellationToken cancellationToken)
    {
        var (type, detail) = record.State switch
        {
            DeliveryState.Sent => (InvoiceEventType.Sent, record.MessageId),
            DeliveryState.Bounced => (InvoiceEventType.Bounced, $"{record.MessageId}: {record.Detail}"),
            _ => (InvoiceEventType.DeliveryFailed, record.Detail),
        };
        if (record.Connector is { } connector)
        {
            detail = $"{record.Channel.ToString().ToLowerInvariant()} {connector}: {detail}";
        }

        try
        {
            await ledger.RecordEventAsync(record.Company, record.InvoiceId, type, Truncate(detail), Actor, cancellationToken);
        }
        catch (InvoiceStateException ex)
        {
            // The invoice's status does not take this event (cancelled, credited...): the delivery record keeps the facts.
            logger.LedgerRefused(record.Company.Value, record.InvoiceId, type.ToString(), ex.Message);
        }

        return await store.UpdateAsync(record with { LedgerRecorded = true }, cancellationToken);
    }

    private static string? Truncate(string? text) => text is { Length: > 500 } ? text[..500] : text;
}
