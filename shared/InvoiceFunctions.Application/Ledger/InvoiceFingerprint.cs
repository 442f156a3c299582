using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InvoiceFunctions.Application.Ledger;

/// <summary>The duplicate fingerprint of an invoice: SHA-256 of seller id, number (BT-1), issue date (BT-2) and total with VAT (BT-112).</summary>
public static class InvoiceFingerprint
{
    public static string Of(string sellerId, string number, DateOnly issueDate, decimal total)
    {
        var text = string.Join(
            '\n',
            sellerId.Trim().ToUpperInvariant(),
            number.Trim().ToUpperInvariant(),
            issueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            total.ToString("0.00", CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
