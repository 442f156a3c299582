namespace InvoiceFunctions.Core.Model;

/// <summary>VAT category code (BT-95, BT-102, BT-118, BT-151), UNTDID 5305 subset.</summary>
public enum VatCategory
{
    /// <summary>S: standard rate.</summary>
    Standard,
    /// <summary>Z: zero rated goods.</summary>
    ZeroRated,
    /// <summary>E: exempt from tax.</summary>
    Exempt,
    /// <summary>AE: VAT reverse charge.</summary>
    ReverseCharge,
    /// <summary>K: intra-community supply (VAT exempt for EEA intra-community supply).</summary>
    IntraCommunity,
    /// <summary>G: free export item, tax not charged.</summary>
    Export,
    /// <summary>O: services outside scope of tax.</summary>
    OutsideScope,
    /// <summary>L: Canary Islands general indirect tax (IGIC).</summary>
    CanaryIslands,
    /// <summary>M: tax for production, services and importation in Ceuta and Melilla (IPSI).</summary>
    CeutaMelilla,
    /// <summary>B: transferred VAT (Italy split payment); not an EN 16931 category but accepted by readers.</summary>
    SplitPayment,
}
