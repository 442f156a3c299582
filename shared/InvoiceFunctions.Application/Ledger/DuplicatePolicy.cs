namespace InvoiceFunctions.Application.Ledger;

/// <summary>What the ledger does with an invoice whose fingerprint (seller, number, date, total) it already holds.</summary>
public enum DuplicatePolicy
{
    /// <summary>Record it, marked as a suspected duplicate of the first one, with a history event.</summary>
    Warn,

    /// <summary>Refuse it (409, naming the first invoice).</summary>
    Block,
}
