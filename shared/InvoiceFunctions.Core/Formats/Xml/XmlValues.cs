using System.Globalization;

namespace InvoiceFunctions.Core.Formats.Xml;

/// <summary>Value formatting shared by the writers (invariant culture, decimals keep their scale).</summary>
internal static class XmlValues
{
    public static string Amount(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? Amount(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string Date102(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate102(string? text) =>
        DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static DateOnly? ParseIsoDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static string Code(int code) => code.ToString(CultureInfo.InvariantCulture);
}
