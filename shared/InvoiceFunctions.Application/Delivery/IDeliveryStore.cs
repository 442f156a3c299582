using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>The delivery records of a company's invoices.</summary>
public interface IDeliveryStore
{
    /// <returns>The invoice's attempts on every channel, in channel then attempt order.</returns>
    Task<IReadOnlyList<DeliveryRecord>> ListAsync(CompanyId company, string invoiceId, CancellationToken cancellationToken);

    /// <returns>The record with its version, or null when that attempt exists already (nothing is overwritten).</returns>
    Task<DeliveryRecord?> TryAddAsync(DeliveryRecord record, CancellationToken cancellationToken);

    /// <summary>The attempt that recorded this Message-ID with its intent, in whichever company.</summary>
    Task<DeliveryRecord?> FindByMessageIdAsync(string messageId, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the record if it did not change since <see cref="DeliveryRecord.Version"/> was read. Recording the intent
    /// (state sending) also indexes its Message-ID, before the mail can leave.
    /// </summary>
    /// <exception cref="Ledger.ConcurrencyConflictException">It changed.</exception>
    Task<DeliveryRecord> UpdateAsync(DeliveryRecord record, CancellationToken cancellationToken);
}
