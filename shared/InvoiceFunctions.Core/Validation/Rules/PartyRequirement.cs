namespace InvoiceFunctions.Core.Validation.Rules;

/// <summary>VAT identifiers a category requires.</summary>
internal enum PartyRequirement
{
    /// <summary>Seller VAT id, seller tax registration id or tax representative VAT id.</summary>
    SellerAny,
    /// <summary>Seller VAT id or tax representative VAT id.</summary>
    SellerVat,
    /// <summary>As SellerAny, plus buyer VAT id or buyer legal registration id (reverse charge).</summary>
    SellerAndBuyer,
    /// <summary>Seller (or representative) VAT id and buyer VAT id (intra-community supply).</summary>
    SellerVatAndBuyerVat,
    /// <summary>No VAT identifier of seller, representative or buyer (not subject to VAT).</summary>
    NoneAllowed,
}
