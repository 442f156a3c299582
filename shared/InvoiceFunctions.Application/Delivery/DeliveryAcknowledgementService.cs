using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>
/// A receiver's confirmation of one delivery attempt, through the signed link it got with it: the attempt becomes
/// Delivered or Acknowledged (never back), with the ledger event of the same name once. A sent or unconfirmed attempt
/// can be confirmed (a receiver's word settles an unconfirmed mail); one not handed over yet, failed or bounced cannot.
/// </summary>
public sealed class DeliveryAcknowledgementService(DeliveryAcknowledgementLinks links, IDeliveryStore store, DeliveryLedger deliveryLedger, TimeProvider time)
{
    private const int MaxAttempts = 3;

    /// <exception cref="ResourceNotFoundException">Not a genuine link, or no such attempt.</exception>
    /// <exception cref="LedgerValidationException">An invalid status or note.</exception>
    /// <exception cref="ResourceStateException">The attempt was not handed over (queued, sending, failed, bounced).</exception>
    public async Task<DeliveryRecord> AcknowledgeAsync(string token, ReceiverAcknowledgement acknowledgement, CancellationToken cancellationToken)
    {
        var errors = acknowledgement.Validate();
        if (errors.Count > 0)
        {
            throw new LedgerValidationException(errors);
        }

        var wanted = acknowledgement.Status ?? DeliveryState.Acknowledged;
        for (var attempt = 1; ; attempt++)
        {
            var record = await FindAsync(token, cancellationToken);
            if (attempt > 1 && Rank(record.State) >= Rank(wanted))
            {
                // Another confirmation got there while ours was refused: it records the event, not us as well.
                return record;
            }

            try
            {
                return await ApplyAsync(record, wanted, acknowledgement.Note, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Written meanwhile (the sender's Sent flag, or another confirmation): read it again rather than answer
                // the receiver a 412 it did not cause.
            }
        }
    }

    private async Task<DeliveryRecord> ApplyAsync(DeliveryRecord record, DeliveryState wanted, string? note, CancellationToken cancellationToken)
    {
        if (record.State is not (DeliveryState.Sent or DeliveryState.Unconfirmed or DeliveryState.Delivered or DeliveryState.Acknowledged))
        {
            throw new ResourceStateException($"Delivery {record.MessageId} is {record.State}: only a sent attempt can be confirmed (try again once it is sent).");
        }

        if (Rank(record.State) < Rank(wanted))
        {
            var detail = note is { Length: > 0 } ? $"{record.Detail}; receiver: {note}".TrimStart(';', ' ') : record.Detail;
            record = await store.UpdateAsync(record with { State = wanted, Detail = detail, LedgerRecorded = false, UpdatedAt = time.GetUtcNow() }, cancellationToken);
        }

        // The same confirmation again (or after a crash before the ledger write) completes what is missing and changes nothing else.
        return record.LedgerRecorded || record.State is not (DeliveryState.Delivered or DeliveryState.Acknowledged)
            ? record
            : await deliveryLedger.RecordAsync(record, cancellationToken);
    }

    private static int Rank(DeliveryState state) => state switch
    {
        DeliveryState.Acknowledged => 2,
        DeliveryState.Delivered => 1,
        _ => 0,
    };

    /// <summary>The attempt a genuine link names, changing nothing (what a browser or a mail scanner sees on GET).</summary>
    /// <exception cref="ResourceNotFoundException">Not a genuine link, or no such attempt.</exception>
    public async Task<DeliveryRecord> FindAsync(string token, CancellationToken cancellationToken) =>
        (links.Verify(token) is { } deliveryId ? await store.FindByMessageIdAsync(deliveryId, cancellationToken) : null)
        ?? throw new ResourceNotFoundException("Delivery", "of this link");
}
