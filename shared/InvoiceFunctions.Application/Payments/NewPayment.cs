using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Payments;

namespace InvoiceFunctions.Application.Payments;

/// <summary>A payment to record (API body, or a webhook's <c>data</c>).</summary>
/// <param name="Allocations">Where it goes; none: the matcher proposes (an exact RF reference allocates, the rest waits for review).</param>
public sealed record NewPayment(
    decimal Amount,
    string? Currency,
    DateOnly? Date,
    PaymentMethod Method = PaymentMethod.Transfer,
    string? Reference = null,
    string? PayerName = null,
    string? PayerIban = null,
    string? PartyId = null,
    InvoiceDirection Direction = InvoiceDirection.Sales,
    IReadOnlyList<AllocationRequest>? Allocations = null)
{
    public IEnumerable<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Amount <= 0m || decimal.Round(Amount, 2) != Amount)
        {
            errors.Add(new FieldError("amount", "More than zero, with at most 2 decimals."));
        }

        LedgerIds.CheckCurrency(Currency, "currency", errors);
        if (Date is null)
        {
            errors.Add(new FieldError("date", "Required: yyyy-MM-dd."));
        }

        if (!Enum.IsDefined(Method))
        {
            errors.Add(new FieldError("method", "One of Transfer, Card, DirectDebit, Cheque, Cash."));
        }

        if (!Enum.IsDefined(Direction))
        {
            errors.Add(new FieldError("direction", "Sales (received) or Purchase (paid)."));
        }

        if (Reference?.Length > 140)
        {
            errors.Add(new FieldError("reference", "At most 140 characters."));
        }

        if (PayerName?.Length > 140)
        {
            errors.Add(new FieldError("payerName", "At most 140 characters."));
        }

        if (PayerIban is not null && !Iban.IsValid(PayerIban))
        {
            errors.Add(new FieldError("payerIban", "Not a valid IBAN."));
        }

        if (PartyId is not null)
        {
            LedgerIds.CheckId(PartyId, "partyId", errors);
        }

        errors.AddRange(AllocationRules.Check(Allocations ?? [], "allocations"));
        if (Amount > 0m && (Allocations ?? []).Sum(a => a.Amount) > Amount)
        {
            errors.Add(new FieldError("allocations", "They add up to more than the payment."));
        }

        return errors;
    }
}
