using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace InvoiceFunctions.Core.Payments;

/// <summary>
/// An ISO 11649 structured creditor reference: "RF", two check digits (MOD 97-10), then 1 to 21 letters or digits.
/// Printed on the invoice as the remittance information (BT-83) and in the EPC QR code; a bank statement carries it
/// back in <c>RmtInf/Strd/CdtrRefInf/Ref</c>.
/// </summary>
public sealed record CreditorReference
{
    /// <summary>Most characters after "RF" and the check digits.</summary>
    public const int MaxReferenceLength = 21;

    private CreditorReference(string value) => Value = value;

    /// <summary>The electronic form, upper case without spaces, e.g. <c>RF18539007547034</c>.</summary>
    public string Value { get; }

    /// <summary>The two check digits.</summary>
    public string CheckDigits => Value[2..4];

    /// <summary>The creditor's own reference after the check digits.</summary>
    public string Reference => Value[4..];

    /// <summary>
    /// The reference for an invoice reference such as an invoice number: separators (space, '-', '/', '.', '_')
    /// dropped, letters upper-cased, check digits computed. <c>FA-2026-0001</c> gives <c>RF26FA20260001</c>.
    /// </summary>
    /// <exception cref="ArgumentException">Nothing left, more than 21 characters, or a character outside A-Z, 0-9.</exception>
    public static CreditorReference Create(string invoiceReference)
    {
        ArgumentNullException.ThrowIfNull(invoiceReference);
        return TryCreate(invoiceReference, out var reference)
            ? reference
            : throw new ArgumentException($"'{invoiceReference}' cannot become an ISO 11649 reference: it needs 1 to {MaxReferenceLength} letters or digits once separators are removed.", nameof(invoiceReference));
    }

    /// <summary>As <see cref="Create"/>, without throwing.</summary>
    public static bool TryCreate(string? invoiceReference, [NotNullWhen(true)] out CreditorReference? reference)
    {
        reference = null;
        if (invoiceReference is null)
        {
            return false;
        }

        var body = new StringBuilder(invoiceReference.Length);
        foreach (var c in invoiceReference)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '/' or '.' or '_')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c);
            if (upper is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9')))
            {
                return false;
            }

            body.Append(upper);
        }

        if (body.Length is 0 or > MaxReferenceLength)
        {
            return false;
        }

        var check = 98 - Mod97.RotatedRemainder("RF00", body.ToString());
        reference = new CreditorReference($"RF{check:00}{body}");
        return true;
    }

    /// <summary>Reads a reference in electronic or print form (spaces and lower case accepted) and checks its digits.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out CreditorReference? reference)
    {
        reference = null;
        if (text is null)
        {
            return false;
        }

        var compact = Normalize(text);
        if (compact.Length < 5 || compact.Length > 4 + MaxReferenceLength || !compact.StartsWith("RF", StringComparison.Ordinal)
            || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3]))
        {
            return false;
        }

        if (Mod97.RotatedRemainder(compact.AsSpan(0, 4), compact.AsSpan(4)) != 1)
        {
            return false;
        }

        reference = new CreditorReference(compact);
        return true;
    }

    /// <summary>As <see cref="TryParse"/>, throwing when the text is not a valid reference.</summary>
    /// <exception cref="FormatException">Not "RF" + 2 digits + 1-21 letters or digits, or wrong check digits.</exception>
    public static CreditorReference Parse(string text) =>
        TryParse(text, out var reference) ? reference : throw new FormatException($"'{text}' is not a valid ISO 11649 creditor reference.");

    /// <summary>Whether the text is a valid reference (spaces and case ignored).</summary>
    public static bool IsValid([NotNullWhen(true)] string? text) => TryParse(text, out _);

    /// <summary>The electronic form of a text: white space removed, upper case (no check).</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Mod97.Compact(text);
    }

    /// <summary>The print form in groups of four: <c>RF18 5390 0754 7034</c>.</summary>
    public string ToPrintFormat() => string.Join(' ', Value.Chunk(4).Select(group => new string(group)));

    /// <inheritdoc/>
    public override string ToString() => Value;
}
