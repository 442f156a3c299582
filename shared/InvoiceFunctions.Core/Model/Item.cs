namespace InvoiceFunctions.Core.Model;

/// <summary>Item information (BG-31).</summary>
public sealed record Item
{
    /// <summary>Item name (BT-153).</summary>
    public required string Name { get; init; }

    /// <summary>Item description (BT-154).</summary>
    public string? Description { get; init; }

    /// <summary>Item seller's identifier (BT-155).</summary>
    public string? SellerId { get; init; }

    /// <summary>Item buyer's identifier (BT-156).</summary>
    public string? BuyerId { get; init; }

    /// <summary>Item standard identifier (BT-157) with scheme (e.g. 0160 GTIN).</summary>
    public Identifier? StandardId { get; init; }

    /// <summary>Item classification identifiers (BT-158) with list id (BT-158-1, e.g. STI, CPV).</summary>
    public IReadOnlyList<Identifier> Classifications { get; init; } = [];

    /// <summary>Item country of origin (BT-159), ISO 3166-1 alpha-2.</summary>
    public string? OriginCountry { get; init; }

    /// <summary>Item attributes (BG-32).</summary>
    public IReadOnlyList<ItemAttribute> Attributes { get; init; } = [];
}
