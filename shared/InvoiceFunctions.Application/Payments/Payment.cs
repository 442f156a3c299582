using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Payments.Matching;

namespace InvoiceFunctions.Application.Payments;

/// <summary>
/// Money received from a customer (<see cref="InvoiceDirection.Sales"/>) or paid to a supplier (<see cref="InvoiceDirection.Purchase"/>).
/// What is neither allocated nor refunded is the party's credit.
/// </summary>
/// <param name="Reference">The payer's reference: an RF creditor reference (BT-83) or free remittance text.</param>
/// <param name="PartyId">The customer (or supplier) when known: the unallocated rest is its credit.</param>
/// <param name="Fingerprint">For a statement entry, its <see cref="Core.Payments.TransactionFingerprint"/>.</param>
/// <param name="Proposals">The matcher's best proposal first, then its suggestions (what the reviewer sees).</param>
/// <param name="NeedsReview">In the review list until a person allocates or the proposal was applied.</param>
/// <param name="Version">The storage ETag read with it.</param>
public sealed record Payment(
    CompanyId Company,
    string Id,
    InvoiceDirection Direction,
    decimal Amount,
    string Currency,
    DateOnly Date,
    PaymentMethod Method,
    string? Reference,
    string? PayerName,
    string? PayerIban,
    string? PartyId,
    PaymentSource Source,
    decimal Allocated,
    decimal Refunded,
    string? Fingerprint,
    bool AutoAllocate,
    bool NeedsReview,
    IReadOnlyList<MatchProposal> Proposals,
    string Actor,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Version = null)
{
    /// <summary>What is left to allocate or refund: the party's credit.</summary>
    public decimal Unallocated => Amount - Allocated - Refunded;
}
