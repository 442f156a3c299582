using System.Globalization;
using System.Text.RegularExpressions;

namespace InvoiceFunctions.Application.Ledger;

/// <summary>A gapless invoice number (BT-1): per company, series and year, "{series}-{year}-{sequence:000000}".</summary>
public readonly partial record struct InvoiceNumber(string Series, int Year, long Sequence)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Series}-{Year}-{Sequence:000000}");

    /// <summary>A series is 1-10 upper-case letters or digits (it lands in row keys and numbers).</summary>
    public static bool IsValidSeries(string? series) => series is not null && SeriesPattern().IsMatch(series);

    [GeneratedRegex("^[A-Z0-9]{1,10}$")]
    private static partial Regex SeriesPattern();
}
