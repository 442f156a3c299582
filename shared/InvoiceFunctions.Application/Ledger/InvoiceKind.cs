namespace InvoiceFunctions.Application.Ledger;

/// <summary>What a sales document is: an invoice (type 380 or 386) or a credit note (381) against an issued invoice.</summary>
public enum InvoiceKind
{
    Invoice,
    CreditNote,
}
