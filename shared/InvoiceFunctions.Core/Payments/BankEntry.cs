namespace InvoiceFunctions.Core.Payments;

/// <summary>One entry of a bank statement (camt <c>Ntry</c>, or one CSV row).</summary>
public sealed record BankEntry
{
    /// <summary>The amount, never negative; <see cref="Direction"/> gives the sign.</summary>
    public required decimal Amount { get; init; }

    /// <summary>ISO 4217 currency of <see cref="Amount"/>.</summary>
    public required string Currency { get; init; }

    /// <summary>Credit (money in) or debit (money out).</summary>
    public required CreditDebit Direction { get; init; }

    /// <summary>Booked, pending or information.</summary>
    public required EntryStatus Status { get; init; }

    /// <summary>The status code as sent (BOOK, PDNG, INFO, FUTR or proprietary).</summary>
    public string? StatusCode { get; init; }

    /// <summary>Whether the entry reverses an earlier one (<c>RvslInd</c>): a returned payment.</summary>
    public bool IsReversal { get; init; }

    /// <summary>The date the entry was posted (<c>BookgDt</c>; the date part of a date-time as written).</summary>
    public DateOnly? BookingDate { get; init; }

    /// <summary>The date the funds are available or stop earning interest (<c>ValDt</c>).</summary>
    public DateOnly? ValueDate { get; init; }

    /// <summary>The entry's reference, unique within the account's statements (<c>NtryRef</c>).</summary>
    public string? EntryReference { get; init; }

    /// <summary>The bank's unique reference of the entry (<c>AcctSvcrRef</c>).</summary>
    public string? AccountServicerReference { get; init; }

    /// <summary>The bank transaction code: <c>Domain/Family/SubFamily</c> (e.g. <c>PMNT/RCDT/ESCT</c>) or the proprietary code.</summary>
    public string? BankTransactionCode { get; init; }

    /// <summary>Free text the bank adds to the entry (<c>AddtlNtryInf</c>).</summary>
    public string? AdditionalInfo { get; init; }

    /// <summary>The transaction details: none, one, or one per payment of a batch booking.</summary>
    public IReadOnlyList<BankTransaction> Transactions { get; init; } = [];

    /// <summary>The amount with its sign: negative for a debit.</summary>
    public decimal SignedAmount => Direction == CreditDebit.Credit ? Amount : -Amount;
}
