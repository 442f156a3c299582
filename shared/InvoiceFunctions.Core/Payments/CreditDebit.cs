namespace InvoiceFunctions.Core.Payments;

/// <summary>Which way money moved on the statement's account (camt <c>CdtDbtInd</c>).</summary>
public enum CreditDebit
{
    /// <summary>Money in (CRDT): a customer paid.</summary>
    Credit,

    /// <summary>Money out (DBIT): the company paid a supplier.</summary>
    Debit,
}
