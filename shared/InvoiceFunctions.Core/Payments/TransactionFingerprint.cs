using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InvoiceFunctions.Core.Payments;

/// <summary>
/// The idempotency key of a bank transaction: the same transaction read from two statements (a re-import, or
/// overlapping periods) gets the same fingerprint, so it is recorded once. Built from the account, the booking date,
/// the signed amount with its currency and the bank's reference of the entry.
/// </summary>
public static class TransactionFingerprint
{
    /// <summary>
    /// SHA-256 (hex, lower case, prefixed <c>v1:</c>) of the canonical text
    /// <c>account|yyyy-MM-dd|signed amount|currency|reference</c>: the account in normal form (upper case, no spaces),
    /// the amount without trailing zeros beyond two decimals (8.850 and 8.85 agree), the reference trimmed.
    /// </summary>
    public static string Compute(string account, DateOnly bookingDate, decimal signedAmount, string currency, string reference)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(currency);
        ArgumentNullException.ThrowIfNull(reference);
        var canonical = string.Join(
            '|',
            Iban.Normalize(account),
            bookingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            signedAmount.ToString("0.00###########", CultureInfo.InvariantCulture),
            currency.Trim().ToUpperInvariant(),
            reference.Trim());
        return "v1:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>
    /// The reference of an entry for <see cref="Compute"/>: the entry reference (<c>NtryRef</c>), else the bank's
    /// reference (<c>AcctSvcrRef</c>), else the end-to-end id, else a digest of what the entry says (counterparty,
    /// remittance) with <paramref name="occurrence"/>, the rank of this entry among identical ones of the same
    /// statement, so two identical payments on the same day stay two.
    /// </summary>
    public static string EntryReference(BankEntry entry, int occurrence = 1)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.EntryReference is { } ntry ? "N:" + ntry
            : entry.AccountServicerReference is { } bank ? "A:" + bank
            : entry.Transactions.Count == 1 && entry.Transactions[0].EndToEndId is { } e2e ? "E:" + e2e
            : "C:" + ContentKey(entry) + "#" + occurrence.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>What an entry says, for telling apart entries without any reference.</summary>
    internal static string ContentKey(BankEntry entry)
    {
        var text = new StringBuilder();
        foreach (var tx in entry.Transactions)
        {
            var party = entry.Direction == CreditDebit.Credit ? tx.Debtor : tx.Creditor;
            text.Append(party?.Name).Append('/').Append(party?.Iban).Append('/').Append(tx.RemittanceText).Append('/').Append(tx.StructuredReference).Append(';');
        }

        text.Append(entry.AdditionalInfo);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
