namespace InvoiceFunctions.Core.Model;

/// <summary>Invoice line (BG-25).</summary>
public sealed record InvoiceLine
{
    /// <summary>Invoice line identifier (BT-126).</summary>
    public required string Id { get; init; }

    /// <summary>Invoice line note (BT-127).</summary>
    public string? Note { get; init; }

    /// <summary>Invoice line object identifier (BT-128) with scheme (BT-128-1).</summary>
    public Identifier? ObjectId { get; init; }

    /// <summary>Invoiced quantity (BT-129).</summary>
    public required decimal Quantity { get; init; }

    /// <summary>Invoiced quantity unit of measure code (BT-130), UN/ECE Rec 20/21 (e.g. C62, HUR, KGM).</summary>
    public required string UnitCode { get; init; }

    /// <summary>
    /// Invoice line net amount (BT-131) as declared. <see cref="Totals.InvoiceCalculator"/> fills it
    /// (quantity x net price / base quantity - allowances + charges, rounded to 2 decimals).
    /// </summary>
    public decimal NetAmount { get; init; }

    /// <summary>Referenced purchase order line reference (BT-132).</summary>
    public string? OrderLineReference { get; init; }

    /// <summary>Invoice line buyer accounting reference (BT-133).</summary>
    public string? BuyerAccountingReference { get; init; }

    /// <summary>Invoice line period (BG-26).</summary>
    public Period? Period { get; init; }

    /// <summary>Invoice line allowances and charges (BG-27, BG-28).</summary>
    public IReadOnlyList<AllowanceCharge> AllowanceCharges { get; init; } = [];

    /// <summary>Price details (BG-29).</summary>
    public required Price Price { get; init; }

    /// <summary>Invoiced item VAT category code (BT-151).</summary>
    public required VatCategory VatCategory { get; init; }

    /// <summary>Invoiced item VAT rate (BT-152) in percent; absent for category O.</summary>
    public decimal? VatRate { get; init; }

    /// <summary>Item information (BG-31).</summary>
    public required Item Item { get; init; }
}
