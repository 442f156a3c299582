using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>
/// Writes what a dunning step or delivery did into the invoice's history (its idempotency key first in the detail), then
/// flags its record so that a retry finding the flag does not write it again; a crash in between writes it once more.
/// </summary>
public sealed class DunningStepHistory(LedgerService ledger, IDunningStepStore steps)
{
    /// <summary>
    /// A settled step or delivery: <see cref="InvoiceEventType.Reminded"/> with <paramref name="sentDetail"/> when sent, else
    /// <see cref="InvoiceEventType.DeliveryFailed"/> with the refusal.
    /// </summary>
    /// <param name="known">The invoice as the caller read it: its version spares a read (a write in between is read again).</param>
    public async Task<DunningStepRecord> RecordAsync(DunningStepRecord record, string sentDetail, LedgerInvoice? known, CancellationToken cancellationToken)
    {
        await (record.State == DunningStepState.Sent
            ? WriteAsync(record, InvoiceEventType.Reminded, sentDetail, known, cancellationToken)
            : WriteAsync(record, InvoiceEventType.DeliveryFailed, $"{record.IdempotencyKey} {record.Kind} {record.State}: {record.Detail}", known, cancellationToken));
        return await steps.UpdateAsync(record with { LedgerRecorded = true }, cancellationToken);
    }

    /// <summary>The event alone, for a caller that flags the record itself after more work.</summary>
    public async Task WriteAsync(DunningStepRecord record, InvoiceEventType type, string detail, LedgerInvoice? known, CancellationToken cancellationToken)
    {
        detail = detail.Length > 500 ? detail[..500] : detail;
        try
        {
            await (known is null
                ? ledger.RecordEventAsync(record.Company, record.InvoiceId, type, detail, DunningService.Actor, cancellationToken)
                : ledger.RecordEventAsync(known, type, detail, DunningService.Actor, cancellationToken));
        }
        catch (InvoiceStateException)
        {
            // Paid or closed meanwhile: the record keeps the facts.
        }
    }
}
