using System.Text.RegularExpressions;

namespace InvoiceFunctions.Application.Companies;

/// <summary>What it takes to register a company; <see cref="Validate"/> lists every problem at once.</summary>
public sealed partial record NewCompany(string? Id, string? Name, string? Siren, string? VatId, string? CountryCode)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (!CompanyId.TryParse(Id, out _))
        {
            errors.Add(new FieldError("id", "Must be 2-40 characters a-z, 0-9 and '-', starting with a letter or digit."));
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200)
        {
            errors.Add(new FieldError("name", "Required, at most 200 characters."));
        }

        if (Siren is not null && !IsValidSiren(Siren))
        {
            errors.Add(new FieldError("siren", "A SIREN is 9 digits with a valid Luhn check digit."));
        }

        if (VatId is not null && !VatPattern().IsMatch(VatId))
        {
            errors.Add(new FieldError("vatId", "A VAT identifier starts with a two-letter country prefix followed by 2-13 letters or digits."));
        }

        if (CountryCode is null || !CountryPattern().IsMatch(CountryCode))
        {
            errors.Add(new FieldError("countryCode", "Required: an ISO 3166-1 alpha-2 code such as FR."));
        }

        return errors;
    }

    /// <summary>SIREN numbers carry a Luhn check digit (INSEE).</summary>
    public static bool IsValidSiren(string siren)
    {
        if (siren.Length != 9 || !siren.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var digit = siren[8 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    [GeneratedRegex("^[A-Z]{2}[A-Z0-9]{2,13}$")]
    private static partial Regex VatPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();
}
