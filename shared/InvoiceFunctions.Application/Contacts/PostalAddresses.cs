using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Application.Contacts;

/// <summary>The checks of a postal address given through the API (a buyer's or the seller's, BG-5/BG-8).</summary>
public static class PostalAddresses
{
    public static void Check(PostalAddress address, string path, List<FieldError> errors)
    {
        Optional(address.Line1, $"{path}.line1", 100, errors);
        Optional(address.Line2, $"{path}.line2", 100, errors);
        Optional(address.Line3, $"{path}.line3", 100, errors);
        Optional(address.City, $"{path}.city", 100, errors);
        Optional(address.PostCode, $"{path}.postCode", 20, errors);
        if (address.CountryCode is { } country && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            errors.Add(new FieldError($"{path}.countryCode", "An ISO 3166-1 alpha-2 code such as FR."));
        }
    }

    private static void Optional(string? text, string path, int maxLength, List<FieldError> errors)
    {
        if (text is not null && (text.Length > maxLength || text.Any(char.IsControl)))
        {
            errors.Add(new FieldError(path, $"At most {maxLength} characters, no control characters."));
        }
    }
}
