namespace InvoiceFunctions.Core.Model;

/// <summary>
/// A trading party: the Seller (BG-4), the Buyer (BG-7), the Payee (BG-10) or the Seller tax representative (BG-11).
/// Each role uses the subset of fields EN 16931 gives it.
/// </summary>
public sealed record TradeParty
{
    /// <summary>Name (BT-27 seller, BT-44 buyer, BT-59 payee, BT-62 tax representative).</summary>
    public required string Name { get; init; }

    /// <summary>Trading name (BT-28, BT-45).</summary>
    public string? TradingName { get; init; }

    /// <summary>Party identifiers (BT-29 seller, BT-46 buyer, BT-60 payee).</summary>
    public IReadOnlyList<Identifier> Identifiers { get; init; } = [];

    /// <summary>Legal registration identifier (BT-30, BT-47, BT-61): in France the SIREN with scheme 0002.</summary>
    public Identifier? LegalRegistrationId { get; init; }

    /// <summary>VAT identifier (BT-31 seller, BT-48 buyer, BT-63 tax representative), with country prefix.</summary>
    public string? VatId { get; init; }

    /// <summary>Seller tax registration identifier (BT-32), local tax id ("FC" scheme).</summary>
    public string? TaxRegistrationId { get; init; }

    /// <summary>Seller additional legal information (BT-33), e.g. share capital.</summary>
    public string? AdditionalLegalInfo { get; init; }

    /// <summary>Electronic address (BT-34 seller, BT-49 buyer) with its EAS scheme (BT-34-1, BT-49-1).</summary>
    public Identifier? ElectronicAddress { get; init; }

    /// <summary>Postal address (BG-5, BG-8, BG-12).</summary>
    public PostalAddress? Address { get; init; }

    /// <summary>Contact (BG-6, BG-9).</summary>
    public Contact? Contact { get; init; }
}
