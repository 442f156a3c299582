using System.Numerics;

namespace InvoiceFunctions.Rendering.Payment;

/// <summary>IBAN check (ISO 13616: country, check digits, mod 97 = 1).</summary>
public static class Iban
{
    public static bool IsValid(string iban)
    {
        ArgumentNullException.ThrowIfNull(iban);
        if (iban.Length is < 15 or > 34 || !char.IsAsciiLetterUpper(iban[0]) || !char.IsAsciiLetterUpper(iban[1]) || !iban.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        return Mod97.Of(iban[4..] + iban[..4]) == 1;
    }

    /// <summary>Groups of four characters, as printed.</summary>
    public static string Format(string iban)
    {
        ArgumentNullException.ThrowIfNull(iban);
        var compact = iban.Replace(" ", string.Empty, StringComparison.Ordinal);
        return string.Join(' ', compact.Chunk(4).Select(c => new string(c)));
    }
}
