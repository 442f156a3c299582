namespace InvoiceFunctions.Rendering.Payment;

/// <summary>ISO 7064 MOD 97-10 over letters (A=10 .. Z=35) and digits, as IBAN and RF references use it.</summary>
internal static class Mod97
{
    public static int Of(string value)
    {
        var remainder = 0;
        foreach (var ch in value.ToUpperInvariant())
        {
            var n = char.IsAsciiDigit(ch) ? ch - '0' : ch - 'A' + 10;
            remainder = n >= 10 ? ((remainder * 100) + n) % 97 : ((remainder * 10) + n) % 97;
        }

        return remainder;
    }
}
