namespace InvoiceFunctions.Core.Model;

/// <summary>Maps <see cref="VatCategory"/> to and from its UNTDID 5305 code.</summary>
public static class VatCategoryCodes
{
    /// <summary>The UNTDID 5305 code of a category.</summary>
    public static string ToCode(this VatCategory category) => category switch
    {
        VatCategory.Standard => "S",
        VatCategory.ZeroRated => "Z",
        VatCategory.Exempt => "E",
        VatCategory.ReverseCharge => "AE",
        VatCategory.IntraCommunity => "K",
        VatCategory.Export => "G",
        VatCategory.OutsideScope => "O",
        VatCategory.CanaryIslands => "L",
        VatCategory.CeutaMelilla => "M",
        VatCategory.SplitPayment => "B",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    private static readonly Dictionary<string, VatCategory> ByCode =
        Enum.GetValues<VatCategory>().ToDictionary(c => c.ToCode(), StringComparer.Ordinal);

    /// <summary>Parses a UNTDID 5305 code; false for codes outside the EN 16931 list.</summary>
    public static bool TryParse(string? code, out VatCategory category)
    {
        if (code is not null && ByCode.TryGetValue(code.Trim(), out category))
        {
            return true;
        }

        category = default;
        return false;
    }
}
