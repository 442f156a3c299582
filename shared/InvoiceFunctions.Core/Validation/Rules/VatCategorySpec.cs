using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Core.Validation.Rules;

/// <summary>What EN 16931 requires of one VAT category: the data behind its BR-S/Z/E/AE/IC/G/O/IG/IP rules.</summary>
/// <param name="Category">The category.</param>
/// <param name="Prefix">Rule id prefix: S, Z, E, AE, IC (K), G, O, IG (L), IP (M).</param>
/// <param name="NameEn">English name of the category.</param>
/// <param name="NameFr">French name of the category.</param>
/// <param name="Rate">Constraint on the rate.</param>
/// <param name="Parties">Which VAT identifiers are required (or forbidden).</param>
/// <param name="ExemptionReasonRequired">True: E, AE, K, G, O need a reason; false: S, Z, L, M shall have none.</param>
/// <param name="PerRate">True when the category may have several rates (one breakdown each).</param>
internal sealed record VatCategorySpec(
    VatCategory Category, string Prefix, string NameEn, string NameFr, RateConstraint Rate, PartyRequirement Parties, bool ExemptionReasonRequired, bool PerRate);

/// <summary>Constraint on the VAT rate of a category.</summary>
internal enum RateConstraint
{
    Positive,
    Zero,
    Absent,
    NotNegative,
}

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
