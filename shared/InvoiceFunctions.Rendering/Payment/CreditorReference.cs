namespace InvoiceFunctions.Rendering.Payment;

/// <summary>ISO 11649 structured creditor reference ("RF" + 2 check digits + up to 21 characters).</summary>
public static class CreditorReference
{
    public static bool IsValid(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.Length is >= 5 and <= 25
            && reference.StartsWith("RF", StringComparison.Ordinal)
            && char.IsAsciiDigit(reference[2]) && char.IsAsciiDigit(reference[3])
            && reference.All(char.IsAsciiLetterOrDigit)
            && Mod97.Of(reference[4..] + reference[..4]) == 1;
    }
}
