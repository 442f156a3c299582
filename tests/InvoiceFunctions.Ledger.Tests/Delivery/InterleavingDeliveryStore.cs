using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Delivery;

namespace InvoiceFunctions.Ledger.Tests.Delivery;

/// <summary>
/// The real delivery store with one armed interleaving: the first update that <see cref="When"/> matches waits while
/// <see cref="Before"/> runs (the other party's whole write), then goes on as it would have, stale.
/// </summary>
public sealed class InterleavingDeliveryStore(IDeliveryStore inner) : IDeliveryStore
{
    public Func<DeliveryRecord, bool>? When { get; set; }

    public Func<Task>? Before { get; set; }

    public Task<IReadOnlyList<DeliveryRecord>> ListAsync(CompanyId company, string invoiceId, CancellationToken cancellationToken) =>
        inner.ListAsync(company, invoiceId, cancellationToken);

    public Task<DeliveryRecord?> TryAddAsync(DeliveryRecord record, CancellationToken cancellationToken) => inner.TryAddAsync(record, cancellationToken);

    public Task<DeliveryRecord?> FindByMessageIdAsync(string messageId, CancellationToken cancellationToken) =>
        inner.FindByMessageIdAsync(messageId, cancellationToken);

    public async Task<DeliveryRecord> UpdateAsync(DeliveryRecord record, CancellationToken cancellationToken)
    {
        if (When is { } when && when(record) && Before is { } before)
        {
            When = null;
            await before();
        }

        return await inner.UpdateAsync(record, cancellationToken);
    }
}
