using InvoiceFunctions.Application.Ledger;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>
/// An attempt's outcome in the invoice history (Sent, Bounced, DeliveryFailed, and the receiver's Delivered or Acknowledged), then the record's flag that says so: a
/// crash in between is completed by the retry. Connector attempts name their channel and connector in the detail. A bounced
/// e-mail also starts the correction delay: a "postal" message hidden until it ends.
/// </summary>
public sealed class DeliveryLedger(LedgerService ledger, IDeliveryStore store, IDeliveryQueue queue, IOptions<DeliveryOptions> options, ILogger<DeliveryLedger> logger)
{
    public const string Actor = "delivery";

    public async Task<DeliveryRecord> RecordAsync(DeliveryRecord record, CancellationToken cancellationToken)
    {
        var (type, detail) = record.State switch
        {
            DeliveryState.Sent => (InvoiceEventType.Sent, record.MessageId),
            DeliveryState.Bounced => (InvoiceEventType.Bounced, $"{record.MessageId}: {record.Detail}"),
            DeliveryState.Delivered => (InvoiceEventType.Delivered, $"{record.MessageId}: confirmed by the receiver"),
            DeliveryState.Acknowledged => (InvoiceEventType.Acknowledged, $"{record.MessageId}: confirmed by the receiver"),
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

        if (record is { State: DeliveryState.Bounced, Channel: DeliveryChannel.Email })
        {
            // The correction delay starts: unless a re-send goes through before it ends, the invoice is posted (PostalDeliveryService).
            await queue.EnqueueAsync(new DeliveryMessage(record.Company.Value, record.InvoiceId, "postal"), options.Value.CorrectionDelay, cancellationToken);
        }

        try
        {
            return await store.UpdateAsync(record with { LedgerRecorded = true }, cancellationToken);
        }
        catch (ConcurrencyConflictException) when (record is { State: DeliveryState.Sent, MessageId: not null })
        {
            // The receiver may have confirmed between our Sent and its flag: then the Sent event is in the history and
            // the confirmation records its own event (and flag); retrying the send would only find it settled.
            if (await store.FindByMessageIdAsync(record.MessageId, cancellationToken) is { State: DeliveryState.Delivered or DeliveryState.Acknowledged } confirmed)
            {
                return confirmed;
            }

            throw;
        }
    }

    private static string? Truncate(string? text) => text is { Length: > 500 } ? text[..500] : text;
}
