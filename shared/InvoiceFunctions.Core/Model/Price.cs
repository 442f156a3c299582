namespace InvoiceFunctions.Core.Model;

/// <summary>Price details (BG-29).</summary>
public sealed record Price
{
    /// <summary>Item net price (BT-146), never negative.</summary>
    public required decimal NetPrice { get; init; }

    /// <summary>Item price discount (BT-147): gross price minus net price.</summary>
    public decimal? Discount { get; init; }

    /// <summary>Item gross price (BT-148).</summary>
    public decimal? GrossPrice { get; init; }

    /// <summary>Item price base quantity (BT-149); the price applies to this many units (default 1).</summary>
    public decimal? BaseQuantity { get; init; }

    /// <summary>Item price base quantity unit of measure code (BT-150).</summary>
    public string? BaseQuantityUnitCode { get; init; }
}
