namespace InvoiceFunctions.Core.Payments;

/// <summary>ISO 7064 MOD 97-10 over an alphanumeric string, letters counted A = 10 .. Z = 35 (IBAN and ISO 11649).</summary>
internal static class Mod97
{
    /// <summary>The remainder of the number the characters spell, or -1 when a character is not 0-9 or A-Z.</summary>
    public static int Remainder(ReadOnlySpan<char> text)
    {
        var remainder = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return -1;
            }
        }

        return remainder;
    }

    /// <summary>The remainder of <paramref name="body"/> followed by the four characters <paramref name="head"/> (check-digit rotation).</summary>
    public static int RotatedRemainder(ReadOnlySpan<char> head, ReadOnlySpan<char> body)
    {
        Span<char> buffer = stackalloc char[head.Length + body.Length];
        body.CopyTo(buffer);
        head.CopyTo(buffer[body.Length..]);
        return Remainder(buffer);
    }

    /// <summary>Removes white space and upper-cases (the print form of IBANs and references allows both).</summary>
    public static string Compact(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                chars[n++] = char.ToUpperInvariant(c);
            }
        }

        return new string(chars, 0, n);
    }
}
