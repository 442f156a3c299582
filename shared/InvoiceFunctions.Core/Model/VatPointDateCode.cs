namespace InvoiceFunctions.Core.Model;

/// <summary>Value added tax point date code (BT-8): when VAT becomes chargeable.</summary>
public enum VatPointDateCode
{
    /// <summary>Invoice issue date (UNTDID 2005 code 3, CII 2475 code 5). In France: VAT on debits.</summary>
    InvoiceDate,
    /// <summary>Actual delivery date (2005 code 35, 2475 code 29).</summary>
    DeliveryDate,
    /// <summary>Paid to date (2005 code 432, 2475 code 72). In France: VAT on receipts.</summary>
    PaidToDate,
}
