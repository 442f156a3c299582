using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>
/// Writes what a dunning step or delivery did into the invoice's history (its idempotency key first in the detail), then
/// flags its record so that a retry finding the flag does not write it again; a crash in between writes it once more.
/// </summary>
public sealed class DunningStepHistory(LedgerService ledger, IDunningStepStore steps)
{
    /// <param name="known">The invoice as the caller read it: its version spares a read (a write in between is read again).</param>
    public async Task<DunningStepRecord> RecordAsync(DunningStepRecord record, InvoiceEventType type, string detail, LedgerInvoice? known, CancellationToken cancellationToken)
    {
        await WriteAsync(record, type, detail, known, cancellationToken);
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
