namespace InvoiceFunctions.Core.Payments.Matching;

/// <summary>A booked bank transaction waiting to be matched: money in against sales invoices, money out against purchase invoices.</summary>
public sealed record PaymentCandidate
{
    /// <summary>The idempotency key (<see cref="TransactionFingerprint"/>): record a transaction only when this is new.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>The company's account the transaction is on.</summary>
    public required string AccountId { get; init; }

    /// <summary>Credit (a customer paid) or debit (the company paid a supplier).</summary>
    public required CreditDebit Direction { get; init; }

    /// <summary>The amount, positive.</summary>
    public required decimal Amount { get; init; }

    /// <summary>ISO 4217 currency.</summary>
    public required string Currency { get; init; }

    /// <summary>The booking date (the value date when the bank gives no booking date).</summary>
    public required DateOnly BookingDate { get; init; }

    /// <summary>The value date, when given.</summary>
    public DateOnly? ValueDate { get; init; }

    /// <summary>The structured creditor reference sent with the payment (an RF reference or a national one).</summary>
    public string? StructuredReference { get; init; }

    /// <summary>All the free text that may name invoices: unstructured remittance, referred document numbers, additional information.</summary>
    public string? RemittanceText { get; init; }

    /// <summary>The other party: the debtor of a credit, the creditor of a debit.</summary>
    public string? CounterpartyName { get; init; }

    /// <summary>The other party's IBAN (normal form), when given.</summary>
    public string? CounterpartyIban { get; init; }

    /// <summary>The payer's end-to-end identification.</summary>
    public string? EndToEndId { get; init; }

    /// <summary>The entry reverses an earlier one (a returned payment): never matched automatically.</summary>
    public bool IsReversal { get; init; }

    /// <summary>The statement it came from.</summary>
    public string? StatementId { get; init; }
}
