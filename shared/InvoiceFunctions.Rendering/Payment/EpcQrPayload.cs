using System.Globalization;
using System.Text;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Payments;

namespace InvoiceFunctions.Rendering.Payment;

/// <summary>
/// The EPC069-12 "BCD" payload of a SEPA credit transfer QR code (version 002, UTF-8, SCT). Only for euro amounts
/// between 0.01 and 999,999,999.99 paid to an IBAN; otherwise there is no payload.
/// </summary>
public static class EpcQrPayload
{
    private const int MaxBytes = 331;

    /// <summary>The payload for the invoice's amount due (BT-115), first credit transfer account (BT-84) and remittance (BT-83 or the invoice number), or null.</summary>
    public static string? For(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var payment = invoice.PaymentInstructions;
        var account = payment?.CreditTransfers.FirstOrDefault();
        return account is null
            ? null
            : For(account.AccountName ?? invoice.Payee?.Name ?? invoice.Seller.Name, account.AccountId, account.ServiceProviderId, invoice.Totals.AmountDue, invoice.CurrencyCode,
                payment!.RemittanceInformation ?? invoice.Number);
    }

    /// <summary>The payload of a transfer of <paramref name="amount"/> to <paramref name="iban"/>: a structured RF reference when <paramref name="remittance"/> is one, else free text.</summary>
    public static string? For(string beneficiary, string? iban, string? bic, decimal amount, string currencyCode, string? remittance)
    {
        if (currencyCode != "EUR" || amount < 0.01m || amount > 999_999_999.99m || Iban.NormalizeOrNull(iban) is not { } account)
        {
            return null;
        }

        var structured = CreditorReference.TryParse(remittance, out var reference) ? reference.Value : null;
        var text = structured is null ? Truncate(remittance ?? string.Empty, 140) : string.Empty;
        var lines = new[]
        {
            "BCD", "002", "1", "SCT",
            bic ?? string.Empty,
            Truncate(beneficiary, 70),
            account,
            "EUR" + amount.ToString("0.00", CultureInfo.InvariantCulture),
            string.Empty,
            structured ?? string.Empty,
            text,
        };
        var payload = string.Join('\n', lines).TrimEnd('\n');
        return Encoding.UTF8.GetByteCount(payload) <= MaxBytes ? payload : null;
    }

    private static string Truncate(string value, int max)
    {
        var clean = value.ReplaceLineEndings(" ").Trim();
        return clean.Length <= max ? clean : clean[..max];
    }
}
