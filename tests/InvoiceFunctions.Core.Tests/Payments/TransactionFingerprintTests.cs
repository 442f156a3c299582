using InvoiceFunctions.Core.Payments;

namespace InvoiceFunctions.Core.Tests.Payments;

public sealed class TransactionFingerprintTests
{
    private const string Account = "FR7630006000011234567890189";
    private static readonly DateOnly Day = new(2026, 3, 1);

    // Expected digests from `printf '%s' '<canonical text>' | sha256sum`.
    [Theory]
    [InlineData("FR76 3000 6000 0112 3456 7890 189", "100", "eur", "N:1", "v1:d2bf5f5882f73d02130b2efec9be7be6df507f602c5c335939d55d655a2df15a")]
    [InlineData(Account, "100.000", "EUR", " N:1 ", "v1:d2bf5f5882f73d02130b2efec9be7be6df507f602c5c335939d55d655a2df15a")]
    [InlineData("fr7630006000011234567890189", "-8.850", "EUR", "A:BANK-1", "v1:4de04615e6d10840a428470d3cf661289323136933f886bb50cc6747e9f50d30")]
    public void Compute_CanonicalText_Sha256(string account, string amount, string currency, string reference, string expected) =>
        Assert.Equal(expected, TransactionFingerprint.Compute(account, Day, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency, reference));

    [Theory]
    [InlineData("FR7630004000031234567890143", "2026-03-01", "100", "EUR", "N:1")]
    [InlineData(Account, "2026-03-02", "100", "EUR", "N:1")]
    [InlineData(Account, "2026-03-01", "100.01", "EUR", "N:1")]
    [InlineData(Account, "2026-03-01", "-100", "EUR", "N:1")]
    [InlineData(Account, "2026-03-01", "100", "CHF", "N:1")]
    [InlineData(Account, "2026-03-01", "100", "EUR", "N:2")]
    public void Compute_AnyPartDiffers_FingerprintDiffers(string account, string date, string amount, string currency, string reference)
    {
        var baseline = TransactionFingerprint.Compute(Account, Day, 100m, "EUR", "N:1");

        var other = TransactionFingerprint.Compute(account, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency, reference);

        Assert.NotEqual(baseline, other);
    }

    [Theory]
    [InlineData("N-7", "BANK-7", "E2E-7", "N:N-7")]
    [InlineData(null, "BANK-7", "E2E-7", "A:BANK-7")]
    [InlineData(null, null, "E2E-7", "E:E2E-7")]
    public void EntryReference_ReferencesGiven_StrongestFirst(string? ntry, string? bank, string? e2e, string expected)
    {
        var entry = new BankEntry
        {
            Amount = 1m,
            Currency = "EUR",
            Direction = CreditDebit.Credit,
            Status = EntryStatus.Booked,
            EntryReference = ntry,
            AccountServicerReference = bank,
            Transactions = [new BankTransaction { EndToEndId = e2e }],
        };

        Assert.Equal(expected, TransactionFingerprint.EntryReference(entry));
    }

    [Fact]
    public void EntryReference_NoReference_ContentAndOccurrence()
    {
        var entry = new BankEntry { Amount = 1m, Currency = "EUR", Direction = CreditDebit.Credit, Status = EntryStatus.Booked, Transactions = [new BankTransaction { RemittanceText = "loyer mars" }] };
        var other = entry with { Transactions = [new BankTransaction { RemittanceText = "loyer avril" }] };

        Assert.StartsWith("C:", TransactionFingerprint.EntryReference(entry), StringComparison.Ordinal);
        Assert.EndsWith("#2", TransactionFingerprint.EntryReference(entry, 2), StringComparison.Ordinal);
        Assert.NotEqual(TransactionFingerprint.EntryReference(entry), TransactionFingerprint.EntryReference(other));
    }
}
