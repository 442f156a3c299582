namespace InvoiceFunctions.Core.Model;

/// <summary>
/// An allowance or a charge: document level (BG-20 allowance, BG-21 charge) or line level (BG-27, BG-28).
/// Line level allowances and charges carry no VAT category (they take the line's).
/// </summary>
public sealed record AllowanceCharge
{
    /// <summary>True for a charge (BG-21, BG-28), false for an allowance (BG-20, BG-27).</summary>
    public required bool IsCharge { get; init; }

    /// <summary>Amount without VAT (BT-92, BT-99, BT-136, BT-141).</summary>
    public required decimal Amount { get; init; }

    /// <summary>Base amount (BT-93, BT-100, BT-137, BT-142).</summary>
    public decimal? BaseAmount { get; init; }

    /// <summary>Percentage (BT-94, BT-101, BT-138, BT-143).</summary>
    public decimal? Percentage { get; init; }

    /// <summary>Document level VAT category (BT-95, BT-102).</summary>
    public VatCategory? VatCategory { get; init; }

    /// <summary>Document level VAT rate (BT-96, BT-103).</summary>
    public decimal? VatRate { get; init; }

    /// <summary>Reason (BT-97, BT-104, BT-139, BT-144).</summary>
    public string? Reason { get; init; }

    /// <summary>Reason code (BT-98, BT-105, BT-140, BT-145): UNTDID 5189 for allowances, 7161 for charges.</summary>
    public string? ReasonCode { get; init; }
}
