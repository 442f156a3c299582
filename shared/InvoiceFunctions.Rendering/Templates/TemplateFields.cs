namespace InvoiceFunctions.Rendering.Templates;

/// <summary>The optional parts of the layout a company template can switch on or off.</summary>
[Flags]
public enum TemplateFields
{
    /// <summary>Nothing optional.</summary>
    None = 0,

    /// <summary>The references block (purchase order BT-13, contract BT-12, buyer reference BT-10, project BT-11, preceding invoice BG-3, period BG-14).</summary>
    References = 1,

    /// <summary>Item descriptions (BT-154) and line notes (BT-127) under the item name.</summary>
    LineDescriptions = 2,

    /// <summary>The seller's item identifier (BT-155) before the item name.</summary>
    SellerItemId = 4,

    /// <summary>The EPC (SEPA) QR code in the payment block, for euro credit transfers to an IBAN.</summary>
    PaymentQrCode = 8,

    /// <summary>The invoice notes (BG-1).</summary>
    Notes = 16,

    /// <summary>The buyer's contact (BG-9) and electronic address (BT-49).</summary>
    BuyerContact = 32,

    /// <summary>Every optional part.</summary>
    All = References | LineDescriptions | SellerItemId | PaymentQrCode | Notes | BuyerContact,
}
