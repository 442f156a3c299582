using System.Globalization;

namespace InvoiceFunctions.Core.Payments.Matching;

/// <summary>
/// Turns statements into payment candidates: each booked entry (pending and information entries are left out),
/// split into its transactions when a batch booking gives each one an amount that adds up to the entry's.
/// </summary>
public static class PaymentCandidates
{
    /// <summary>
    /// The candidates of several statements (e.g. the statements of one camt message, or overlapping exports), each
    /// transaction once: a fingerprint seen before in the list or in <paramref name="alreadyRecorded"/> is skipped.
    /// </summary>
    public static IReadOnlyList<PaymentCandidate> From(IEnumerable<BankStatement> statements, IReadOnlySet<string>? alreadyRecorded = null)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<PaymentCandidate>();
        foreach (var candidate in statements.SelectMany(From))
        {
            if ((alreadyRecorded is null || !alreadyRecorded.Contains(candidate.Fingerprint)) && seen.Add(candidate.Fingerprint))
            {
                result.Add(candidate);
            }
        }

        return result;
    }

    /// <summary>The candidates of one statement, in entry order.</summary>
    public static IReadOnlyList<PaymentCandidate> From(BankStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<PaymentCandidate>();
        foreach (var entry in statement.Entries)
        {
            if (entry.Status != EntryStatus.Booked || (entry.BookingDate ?? entry.ValueDate) is not { } date)
            {
                continue;
            }

            var contentKey = string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd}|{entry.SignedAmount}|{entry.Currency}|{TransactionFingerprint.ContentKey(entry)}");
            var occurrence = occurrences[contentKey] = occurrences.GetValueOrDefault(contentKey) + 1;
            var reference = TransactionFingerprint.EntryReference(entry, occurrence);
            var account = statement.AccountIban ?? statement.AccountId;
            if (IsSplittable(entry))
            {
                for (var i = 0; i < entry.Transactions.Count; i++)
                {
                    var tx = entry.Transactions[i];
                    var txReference = $"{reference}/{tx.EndToEndId ?? tx.AccountServicerReference ?? (i + 1).ToString(CultureInfo.InvariantCulture)}";
                    result.Add(Candidate(statement, entry, [tx], tx.Amount!.Value, date, TransactionFingerprint.Compute(account, date, Signed(entry, tx.Amount.Value), entry.Currency, txReference)));
                }
            }
            else
            {
                result.Add(Candidate(statement, entry, entry.Transactions, entry.Amount, date, TransactionFingerprint.Compute(account, date, entry.SignedAmount, entry.Currency, reference)));
            }
        }

        return result;
    }

    private static bool IsSplittable(BankEntry entry) =>
        entry.Transactions.Count > 1
        && entry.Transactions.All(t => t.Amount is > 0m && (t.Currency ?? entry.Currency) == entry.Currency)
        && entry.Transactions.Sum(t => t.Amount!.Value) == entry.Amount;

    private static decimal Signed(BankEntry entry, decimal amount) => entry.Direction == CreditDebit.Credit ? amount : -amount;

    private static PaymentCandidate Candidate(BankStatement statement, BankEntry entry, IReadOnlyList<BankTransaction> txs, decimal amount, DateOnly date, string fingerprint)
    {
        var credit = entry.Direction == CreditDebit.Credit;
        var party = txs.Select(t => credit ? t.Debtor : t.Creditor).FirstOrDefault(p => p is not null);
        var text = txs.SelectMany(t => new[] { t.RemittanceText, t.StructuredReference, t.AdditionalInfo }.Concat(t.ReferredDocumentNumbers))
            .Append(entry.AdditionalInfo)
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .ToList();
        return new PaymentCandidate
        {
            Fingerprint = fingerprint,
            AccountId = statement.AccountIban ?? statement.AccountId,
            Direction = entry.Direction,
            Amount = amount,
            Currency = entry.Currency,
            BookingDate = date,
            ValueDate = entry.ValueDate,
            StructuredReference = txs.Select(t => t.StructuredReference).FirstOrDefault(r => r is not null),
            RemittanceText = text.Count == 0 ? null : string.Join(' ', text),
            CounterpartyName = party?.Name ?? txs.Select(t => credit ? t.UltimateDebtorName : t.UltimateCreditorName).FirstOrDefault(n => n is not null),
            CounterpartyIban = party?.Iban,
            EndToEndId = txs.Count == 1 ? txs[0].EndToEndId : null,
            IsReversal = entry.IsReversal,
            StatementId = statement.Id,
        };
    }
}
