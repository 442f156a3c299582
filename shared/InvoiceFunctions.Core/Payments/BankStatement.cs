namespace InvoiceFunctions.Core.Payments;

/// <summary>An account statement (camt <c>Stmt</c>, or a whole CSV export) with its balances and entries.</summary>
public sealed record BankStatement
{
    /// <summary>The statement's identification (<c>Stmt/Id</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The account's identifier as sent: its IBAN or another identification (<c>Acct/Id/Othr/Id</c>).</summary>
    public required string AccountId { get; init; }

    /// <summary>The account's IBAN (normal form) when <see cref="AccountId"/> is a valid IBAN.</summary>
    public string? AccountIban { get; init; }

    /// <summary>The account's currency (<c>Acct/Ccy</c>, else the opening balance's, else the first entry's).</summary>
    public string? Currency { get; init; }

    /// <summary>The account owner's name (<c>Acct/Ownr/Nm</c>).</summary>
    public string? AccountOwnerName { get; init; }

    /// <summary>When the bank created the statement (no offset in the file: taken as UTC).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>First day the statement covers (<c>FrToDt</c>), when given.</summary>
    public DateOnly? FromDate { get; init; }

    /// <summary>Last day the statement covers (<c>FrToDt</c>), when given.</summary>
    public DateOnly? ToDate { get; init; }

    /// <summary>The opening booked balance (OPBD, else PRCD).</summary>
    public StatementBalance? OpeningBalance { get; init; }

    /// <summary>The closing booked balance (CLBD).</summary>
    public StatementBalance? ClosingBalance { get; init; }

    /// <summary>Every balance, in document order.</summary>
    public IReadOnlyList<StatementBalance> Balances { get; init; } = [];

    /// <summary>The entries in document order.</summary>
    public IReadOnlyList<BankEntry> Entries { get; init; } = [];

    /// <summary>
    /// Closing minus (opening plus booked entries), in the account currency; zero when the statement adds up,
    /// null when a balance is missing or in another currency.
    /// </summary>
    public decimal? BalanceGap()
    {
        if (OpeningBalance is not { } open || ClosingBalance is not { } close || open.Currency != close.Currency)
        {
            return null;
        }

        var booked = Entries.Where(e => e.Status == EntryStatus.Booked).ToList();
        return booked.Any(e => e.Currency != open.Currency)
            ? null
            : close.Amount - (open.Amount + booked.Sum(e => e.SignedAmount));
    }
}
