using System.Globalization;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Payments;

/// <summary>
/// The allocation rules as pure functions: field checks, and the change one allocation makes to the invoice (its
/// payment event, paid, balance, status) and to the payment (allocated), decided together or refused.
/// </summary>
public static class AllocationRules
{
    public static IEnumerable<FieldError> Check(IReadOnlyList<AllocationRequest> allocations, string path)
    {
        for (var i = 0; i < allocations.Count; i++)
        {
            var errors = new List<FieldError>();
            LedgerIds.CheckId(allocations[i].InvoiceId, $"{path}[{i}].invoiceId", errors);
            if (allocations[i].Amount <= 0m || decimal.Round(allocations[i].Amount, 2) != allocations[i].Amount)
            {
                errors.Add(new FieldError($"{path}[{i}].amount", "More than zero, with at most 2 decimals."));
            }

            foreach (var error in errors)
            {
                yield return error;
            }
        }

        if (allocations.Select(a => a.InvoiceId).Distinct(StringComparer.Ordinal).Count() != allocations.Count)
        {
            yield return new FieldError(path, "One allocation per invoice.");
        }
    }

    /// <summary>The invoice's change (a PaymentRecorded event naming the payment) and the payment after the allocation.</summary>
    /// <exception cref="AllocationException">The payment has less left, the invoice owes less, or they differ in currency or side.</exception>
    public static (InvoiceChange Invoice, Payment Payment) Apply(LedgerInvoice invoice, Payment payment, decimal amount, DateTimeOffset now, string actor)
    {
        if (invoice.Direction != payment.Direction)
        {
            throw new AllocationException($"Payment '{payment.Id}' is a {payment.Direction} payment; invoice '{invoice.Id}' is a {invoice.Direction} invoice.");
        }

        if (invoice.Amounts.Currency != payment.Currency)
        {
            throw new AllocationException($"Payment '{payment.Id}' is in {payment.Currency}; invoice '{invoice.Id}' is in {invoice.Amounts.Currency}.");
        }

        if (amount > payment.Unallocated)
        {
            throw new AllocationException($"Payment '{payment.Id}' has {Text(payment.Unallocated)} {payment.Currency} left, less than {Text(amount)}.");
        }

        if (amount > invoice.Balance)
        {
            throw new AllocationException($"Invoice '{invoice.Id}' owes {Text(invoice.Balance)} {invoice.Amounts.Currency}, less than {Text(amount)}.");
        }

        var change = InvoiceTransitions.RecordPayment(invoice, amount, now, actor);
        var recorded = change with { Event = change.Event with { Detail = $"{Text(amount)} from payment {payment.Id}" } };
        var party = payment.PartyId ?? invoice.CounterpartyId;
        return (recorded, payment with { Allocated = payment.Allocated + amount, PartyId = party, UpdatedAt = now });
    }

    private static string Text(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
