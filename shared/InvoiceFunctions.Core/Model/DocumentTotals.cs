namespace InvoiceFunctions.Core.Model;

/// <summary>Document totals (BG-22), in the invoice currency (BT-5) except <see cref="TaxTotalInAccountingCurrency"/>.</summary>
public sealed record DocumentTotals
{
    /// <summary>All-zero totals, the starting point of a draft before <see cref="Totals.InvoiceCalculator"/> runs.</summary>
    public static DocumentTotals Zero { get; } = new() { LineNetTotal = 0m, TaxExclusiveAmount = 0m, TaxInclusiveAmount = 0m, AmountDue = 0m };

    /// <summary>Sum of invoice line net amount (BT-106).</summary>
    public required decimal LineNetTotal { get; init; }

    /// <summary>Sum of allowances on document level (BT-107).</summary>
    public decimal? AllowanceTotal { get; init; }

    /// <summary>Sum of charges on document level (BT-108).</summary>
    public decimal? ChargeTotal { get; init; }

    /// <summary>Invoice total amount without VAT (BT-109).</summary>
    public required decimal TaxExclusiveAmount { get; init; }

    /// <summary>Invoice total VAT amount (BT-110).</summary>
    public decimal? TaxTotal { get; init; }

    /// <summary>Invoice total VAT amount in accounting currency (BT-111), in the VAT accounting currency (BT-6).</summary>
    public decimal? TaxTotalInAccountingCurrency { get; init; }

    /// <summary>Invoice total amount with VAT (BT-112).</summary>
    public required decimal TaxInclusiveAmount { get; init; }

    /// <summary>Paid amount (BT-113).</summary>
    public decimal? PrepaidAmount { get; init; }

    /// <summary>Rounding amount (BT-114).</summary>
    public decimal? RoundingAmount { get; init; }

    /// <summary>Amount due for payment (BT-115).</summary>
    public required decimal AmountDue { get; init; }
}
