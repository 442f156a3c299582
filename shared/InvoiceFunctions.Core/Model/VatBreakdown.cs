namespace InvoiceFunctions.Core.Model;

/// <summary>VAT breakdown (BG-23): one per VAT category and rate.</summary>
public sealed record VatBreakdown
{
    /// <summary>VAT category taxable amount (BT-116).</summary>
    public required decimal TaxableAmount { get; init; }

    /// <summary>VAT category tax amount (BT-117).</summary>
    public required decimal TaxAmount { get; init; }

    /// <summary>VAT category code (BT-118).</summary>
    public required VatCategory Category { get; init; }

    /// <summary>VAT category rate (BT-119) in percent; absent only for category O.</summary>
    public decimal? Rate { get; init; }

    /// <summary>VAT exemption reason text (BT-120).</summary>
    public string? ExemptionReason { get; init; }

    /// <summary>VAT exemption reason code (BT-121), CEF VATEX list.</summary>
    public string? ExemptionReasonCode { get; init; }
}
