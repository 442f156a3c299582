namespace InvoiceFunctions.Core.Payments;

/// <summary>Whether an entry is final (camt <c>Sts</c>: BOOK, PDNG, INFO, FUTR).</summary>
public enum EntryStatus
{
    /// <summary>BOOK: posted to the account; only booked entries become payments.</summary>
    Booked,

    /// <summary>PDNG or FUTR: not yet posted, may still change or disappear.</summary>
    Pending,

    /// <summary>INFO: for information only, never posted.</summary>
    Information,

    /// <summary>A code this reader does not know (kept in <see cref="BankEntry.StatusCode"/>).</summary>
    Other,
}
