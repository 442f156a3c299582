using System.Diagnostics.CodeAnalysis;

namespace InvoiceFunctions.Core.Payments;

/// <summary>International bank account numbers (ISO 13616): normal form and the MOD 97-10 check.</summary>
public static class Iban
{
    /// <summary>The electronic form: white space removed, upper case.</summary>
    public static string Normalize(string iban)
    {
        ArgumentNullException.ThrowIfNull(iban);
        return Mod97.Compact(iban);
    }

    /// <summary>Whether the text is an IBAN: country letters, two check digits, 11 to 30 letters or digits, remainder 1.</summary>
    public static bool IsValid([NotNullWhen(true)] string? iban)
    {
        if (iban is null)
        {
            return false;
        }

        var compact = Normalize(iban);
        return compact.Length is >= 15 and <= 34
            && char.IsAsciiLetterUpper(compact[0]) && char.IsAsciiLetterUpper(compact[1])
            && char.IsAsciiDigit(compact[2]) && char.IsAsciiDigit(compact[3])
            && Mod97.RotatedRemainder(compact.AsSpan(0, 4), compact.AsSpan(4)) == 1;
    }

    /// <summary>The normal form when the text is a valid IBAN, otherwise null.</summary>
    public static string? NormalizeOrNull(string? text) => IsValid(text) ? Normalize(text) : null;

    /// <summary>The printed form: groups of four characters.</summary>
    public static string ToPrintFormat(string iban) => string.Join(' ', Normalize(iban).Chunk(4).Select(c => new string(c)));
}
