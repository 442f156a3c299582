namespace InvoiceFunctions.Core.Model;

/// <summary>Invoice type code (BT-3), UNTDID 1001 subset used by EN 16931.</summary>
public enum InvoiceTypeCode
{
    /// <summary>Commercial invoice.</summary>
    CommercialInvoice = 380,
    /// <summary>Credit note.</summary>
    CreditNote = 381,
    /// <summary>Corrected (corrective) invoice.</summary>
    Corrective = 384,
    /// <summary>Prepayment invoice.</summary>
    Prepayment = 386,
    /// <summary>Self-billed invoice.</summary>
    SelfBilled = 389,
}
