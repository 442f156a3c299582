namespace InvoiceFunctions.Core.Validation.Rules;

/// <summary>French company identifiers: SIREN (9 digits) and SIRET (14 digits), both with a Luhn check digit.</summary>
public static class Siren
{
    /// <summary>True for 9 digits passing the Luhn check.</summary>
    public static bool IsValidSiren(string? value) => value is { Length: 9 } && Luhn(value);

    /// <summary>True for 14 digits passing the Luhn check (La Poste SIRETs excepted by INSEE are not special-cased).</summary>
    public static bool IsValidSiret(string? value) => value is { Length: 14 } && Luhn(value);

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            if (!char.IsAsciiDigit(digits[i]))
            {
                return false;
            }

            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }
}
