using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Core.Totals;

/// <summary>The key of a VAT breakdown (BG-23): a category and a rate (rates compared by value, 20 = 20.00).</summary>
/// <param name="Category">VAT category code (BT-118).</param>
/// <param name="Rate">VAT category rate (BT-119), normalised (no trailing zeros); null for category O.</param>
public readonly record struct VatKey(VatCategory Category, decimal? Rate)
{
    /// <summary>Builds a key with the rate normalised so that 20 and 20.00 are the same key.</summary>
    public static VatKey Of(VatCategory category, decimal? rate) => new(category, rate is { } r ? r / 1.000000000000000000000000000000000m : null);
}
