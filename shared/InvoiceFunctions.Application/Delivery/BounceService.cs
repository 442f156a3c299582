using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>
/// Asynchronous bounces: a DSN about one of our mails (found by the Message-ID recorded with the intent) marks that attempt
/// bounced and records the ledger's "Bounced" event (detail: Message-ID, status, recipient, diagnostic). A report about
/// an attempt that is already bounced changes nothing. A report about a mail another feature sent (a dunning reminder)
/// goes to that feature's <see cref="IBounceListener"/>.
/// </summary>
public sealed class BounceService(
    IBounceReportReader reader, IDeliveryStore store, DeliveryLedger deliveryLedger, IEnumerable<IBounceListener> listeners, TimeProvider time, ILogger<BounceService> logger)
{
    public async Task<BounceOutcome> HandleAsync(string source, ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        var report = message.Length > IBounceReportReader.MaxBytes ? null : reader.Read(message);
        if (report is null)
        {
            logger.NotABounce(source);
            return BounceOutcome.NotAFailureReport;
        }

        var record = await store.FindByMessageIdAsync(report.OriginalMessageId, cancellationToken);
        if (record is null)
        {
            foreach (var listener in listeners)
            {
                if (await listener.TryHandleAsync(report, cancellationToken))
                {
                    return BounceOutcome.Recorded;
                }
            }

            logger.UnknownBounce(source, report.OriginalMessageId);
            return BounceOutcome.UnknownMessage;
        }

        if (record.State == DeliveryState.Bounced)
        {
            if (!record.LedgerRecorded)
            {
                // An earlier try stopped between the two writes.
                await deliveryLedger.RecordAsync(record, cancellationToken);
            }

            return BounceOutcome.AlreadyBounced;
        }

        var detail = $"DSN {report.Status} for {report.Recipient ?? record.Receiver}" + (report.Diagnostic is { Length: > 0 } d ? $": {d}" : "");
        var bounced = await store.UpdateAsync(record with { State = DeliveryState.Bounced, Detail = detail, LedgerRecorded = false, UpdatedAt = time.GetUtcNow() }, cancellationToken);
        logger.BouncedLater(bounced.Company.Value, bounced.InvoiceId, report.OriginalMessageId, detail);
        await deliveryLedger.RecordAsync(bounced, cancellationToken);
        return BounceOutcome.Recorded;
    }
}
