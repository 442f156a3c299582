using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Payments;

/// <summary>
/// A company's payments and allocations, beside its invoices in the ledger's partition: an allocation row, the invoice's
/// change with its event and the payment's new total are written in one transaction, conditional on both versions read.
/// </summary>
public interface IPaymentStore
{
    /// <returns>False when the company already has a payment with this id (nothing is overwritten): a statement entry or webhook seen before.</returns>
    Task<bool> TryAddAsync(Payment payment, CancellationToken cancellationToken);

    Task<Payment?> FindAsync(CompanyId company, string paymentId, CancellationToken cancellationToken);

    /// <summary>Payments in id order (time order), optionally only those waiting for review.</summary>
    Task<ResultPage<Payment>> ListAsync(CompanyId company, bool reviewOnly, int pageSize, string? continuation, CancellationToken cancellationToken);

    Task<IReadOnlyList<PaymentAllocation>> AllocationsAsync(CompanyId company, string paymentId, CancellationToken cancellationToken);

    /// <summary>Reads the payment, applies <paramref name="change"/> (pure; it may throw to refuse) and writes it; retried on a lost race.</summary>
    Task<Payment> UpdateAsync(CompanyId company, string paymentId, Func<Payment, Payment> change, CancellationToken cancellationToken);

    /// <summary>
    /// Allocates part of a payment to an invoice exactly once: the allocation row (keyed payment + invoice), the invoice with its
    /// event and the payment are written together. When the allocation row exists already (a retry), nothing changes and
    /// <see cref="AllocationOutcome.Applied"/> is false.
    /// </summary>
    Task<AllocationOutcome> AllocateAsync(
        CompanyId company, string paymentId, string invoiceId, Func<LedgerInvoice, Payment, (InvoiceChange Invoice, Payment Payment)> decide, string actor, CancellationToken cancellationToken);
}
