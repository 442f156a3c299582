using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Payments;
using InvoiceFunctions.Core.Payments.Matching;

namespace InvoiceFunctions.App.Payments;

/// <summary>A payment as the API shows it: amounts, what is allocated, refunded and left (the party's credit), the matcher's proposals.</summary>
public sealed record PaymentView(
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
    decimal Unallocated,
    bool NeedsReview,
    IReadOnlyList<MatchProposal> Proposals,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<PaymentAllocation>? Allocations = null)
{
    public static PaymentView From(Payment p) => new(
        p.Id, p.Direction, p.Amount, p.Currency, p.Date, p.Method, p.Reference, p.PayerName, p.PayerIban, p.PartyId, p.Source, p.Allocated, p.Refunded,
        p.Unallocated, p.NeedsReview, p.Proposals, p.CreatedAt, p.UpdatedAt);
}
