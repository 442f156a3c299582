using System.Security.Cryptography;
using System.Text.RegularExpressions;
using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Ledger;

/// <summary>Field checks shared by the ledger's requests: ids land in row keys, so they are slugs.</summary>
public static partial class LedgerIds
{
    public static bool IsId(string? text) => text is not null && IdPattern().IsMatch(text);

    public static void CheckId(string? text, string path, List<FieldError> errors)
    {
        if (!IsId(text))
        {
            errors.Add(new FieldError(path, "Required: 1-64 characters a-z, A-Z, 0-9, '-', '_' or '.'."));
        }
    }

    public static void CheckText(string? text, string path, int maxLength, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > maxLength)
        {
            errors.Add(new FieldError(path, $"Required, at most {maxLength} characters."));
        }
    }

    public static void CheckCurrency(string? text, string path, List<FieldError> errors)
    {
        if (text is null || text.Length != 3 || !text.All(char.IsAsciiLetterUpper))
        {
            errors.Add(new FieldError(path, "Required: an ISO 4217 code such as EUR."));
        }
    }

    /// <summary>Time-ordered ids ("inv-" + 12 hex of milliseconds + 8 random hex): a listing comes out in creation order.</summary>
    public static string NewInvoiceId(DateTimeOffset now) => NewId("inv", now);

    /// <summary>A time-ordered id with another prefix ("quo" for quotes, "ord" for orders).</summary>
    public static string NewId(string prefix, DateTimeOffset now) =>
        $"{prefix}-{now.ToUnixTimeMilliseconds():x12}{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex IdPattern();
}
