using System.Globalization;
using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Rendering.Postal;

/// <summary>
/// The recipient block as the French postal standard (AFNOR NF Z10-011) wants it: name, then the address lines,
/// then "POST CODE CITY" in capitals, then the country in capitals when the letter crosses a border; at most six lines.
/// </summary>
public static class AddressLines
{
    public static IReadOnlyList<string> For(AddressSheet sheet)
    {
        var a = sheet.RecipientAddress;
        var country = (a.CountryCode ?? sheet.RecipientCountryCode).ToUpperInvariant();
        var lines = new List<string> { sheet.RecipientName };
        lines.AddRange(new[] { a.Line1, a.Line2, a.Line3 }.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!.Trim()));
        var locality = $"{a.PostCode} {a.City?.ToUpperInvariant()}".Trim();
        var abroad = !string.Equals(country, sheet.SenderCountryCode, StringComparison.OrdinalIgnoreCase);
        if (abroad && !string.IsNullOrWhiteSpace(a.CountrySubdivision))
        {
            // Only foreign addresses need a region (a US state, a Canadian province); France has none in its addresses.
            locality = $"{locality} {a.CountrySubdivision.Trim().ToUpperInvariant()}";
        }

        lines.Add(locality);
        if (abroad)
        {
            lines.Add(CountryName(country).ToUpperInvariant());
        }

        // More than six lines: the extra address lines go, the name and the locality stay.
        while (lines.Count > EnvelopeWindow.MaxLines)
        {
            lines.RemoveAt(lines.Count - (abroad ? 3 : 2));
        }

        return lines;
    }

    /// <summary>The country's English name (the Universal Postal Union accepts English or French on a letter).</summary>
    private static string CountryName(string code)
    {
        try
        {
            return new RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
