using System.Globalization;
using InvoiceFunctions.Rendering.Localization;

namespace InvoiceFunctions.Rendering.Layout;

/// <summary>Numbers, amounts and dates as the document's language writes them. Formats only: it never computes an amount.</summary>
internal sealed class Formatter(Labels labels, string currencyCode)
{
    private readonly CultureInfo culture = labels.Culture;

    /// <summary>An amount with two decimals, grouped, without currency (table cells).</summary>
    public string Amount(decimal amount) => amount.ToString("N2", culture);

    /// <summary>An amount with its currency: "1 234,56 €" in French, "€1,234.56" in English; other currencies by ISO code.</summary>
    public string Money(decimal amount)
    {
        var number = Amount(amount);
        var symbol = currencyCode switch
        {
            "EUR" => "€",
            "GBP" => "£",
            "USD" => "$",
            _ => null,
        };
        if (symbol is null)
        {
            return $"{number} {currencyCode}";
        }

        return labels.Language == DocumentLanguage.French ? $"{number}\u00A0{symbol}" : amount < 0 ? $"-{symbol}{Amount(-amount)}" : $"{symbol}{number}";
    }

    /// <summary>A unit price: at least two decimals, up to four when the price has them.</summary>
    public string Price(decimal price) => price.ToString(price == Math.Round(price, 2) ? "N2" : "#,##0.00##", culture);

    /// <summary>A quantity: no trailing zeros.</summary>
    public string Quantity(decimal quantity) => quantity.ToString("#,##0.####", culture);

    /// <summary>A VAT rate in percent: "20", "5,5".</summary>
    public string Rate(decimal rate) => rate.ToString("0.##", culture);

    /// <summary>A date written out: "15 septembre 2026", "15 September 2026".</summary>
    public string Date(DateOnly date) => date.ToString("d MMMM yyyy", culture);
}
