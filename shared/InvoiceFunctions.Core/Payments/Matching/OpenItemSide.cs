namespace InvoiceFunctions.Core.Payments.Matching;

/// <summary>Which side of the ledger an open invoice is on, and so which bank entries can pay it.</summary>
public enum OpenItemSide
{
    /// <summary>A sales invoice: paid by credit entries (money in), from the customer (the debtor).</summary>
    Receivable,

    /// <summary>A purchase invoice: paid by debit entries (money out), to the supplier (the creditor).</summary>
    Payable,
}
