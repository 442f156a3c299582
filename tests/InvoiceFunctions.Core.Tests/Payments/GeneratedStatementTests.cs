using System.Globalization;
using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Core.Payments.Matching;
using static InvoiceFunctions.Core.Tests.Payments.MatchingData;

namespace InvoiceFunctions.Core.Tests.Payments;

/// <summary>
/// A generated statement of 1,000 entries against 1,000 open invoices, in five groups of 200: exact RF, invoice number
/// in mangled text, payer name with another legal form and the exact amount, partial RF, and unknown payers.
/// </summary>
public sealed class GeneratedStatementTests
{
    private const int Group = 200;
    private static readonly DateOnly Booked = new(2026, 3, 15);

    private static IReadOnlyList<OpenInvoice> OpenInvoices() =>
        [.. Enumerable.Range(0, 5 * Group).Select(i => Invoice(
            $"inv{i}",
            $"FA-2026-{i:00000}",
            $"c{i}",
            $"Customer {i:0000} SAS",
            100m + i + 0.25m,
            new DateOnly(2026, 1, 1).AddDays(i % 60),
            rf: CreditorReference.Create($"FA2026{i:00000}").Value))];

    private static BankStatement Statement()
    {
        var entries = new List<BankEntry>();
        for (var i = 0; i < 5 * Group; i++)
        {
            var amount = 100m + i + 0.25m;
            var (value, tx) = (i / Group) switch
            {
                0 => (amount, new BankTransaction { StructuredReference = CreditorReference.Create($"FA2026{i:00000}").Value }),
                1 => (amount, new BankTransaction { RemittanceText = i % 2 == 0 ? $"facture fa 2026 {i:00000}" : $"Fact. FA2026/{i:00000} merci" }),
                2 => (amount, new BankTransaction { Debtor = new EntryParty($"SARL CUSTOMER {i:0000}", null) }),
                3 => (50m, new BankTransaction { StructuredReference = CreditorReference.Create($"FA2026{i:00000}").ToPrintFormat() }),
                _ => (7.77m, new BankTransaction { Debtor = new EntryParty($"Payer {i}", null), RemittanceText = "don" }),
            };
            entries.Add(new BankEntry
            {
                Amount = value,
                Currency = "EUR",
                Direction = CreditDebit.Credit,
                Status = EntryStatus.Booked,
                BookingDate = Booked,
                AccountServicerReference = string.Create(CultureInfo.InvariantCulture, $"BANK-{i}"),
                Transactions = [tx],
            });
        }

        return new BankStatement { Id = "gen", AccountId = "FR7630004000031234567890143", AccountIban = "FR7630004000031234567890143", Entries = entries };
    }

    [Fact]
    public void Match_GeneratedStatement_EachGroupAsExpected()
    {
        var candidates = PaymentCandidates.From(Statement());

        var result = PaymentMatcher.Match(candidates, OpenInvoices());

        Assert.Equal(5 * Group, result.Matches.Count);
        for (var i = 0; i < 5 * Group; i++)
        {
            var match = result.Matches[i];
            var expected = (i / Group) switch
            {
                0 => (MatchDecision.AutoAllocate, (MatchRule?)MatchRule.CreditorReference, 100, $"inv{i}:{100 + i}.25!"),
                1 => (MatchDecision.Review, MatchRule.InvoiceNumber, 90, $"inv{i}:{100 + i}.25!"),
                2 => (MatchDecision.Review, MatchRule.PartyAndAmount, 60, $"inv{i}:{100 + i}.25!"),
                3 => (MatchDecision.AutoAllocate, MatchRule.CreditorReference, 95, $"inv{i}:50"),
                _ => (MatchDecision.Review, null, 0, "-"),
            };
            Assert.Equal(expected, (match.Decision, match.Proposal?.Rule, match.Confidence, Describe(match.Proposal)));
        }

        Assert.Equal(2 * Group, result.AutoAllocated.Count);
        Assert.Equal(3 * Group, result.ReviewList.Count);
        Assert.Equal(3 * Group, result.RemainingDue.Values.Count(v => v == 0m));
        Assert.Equal(100m + 600 + 0.25m - 50m, result.RemainingDue["inv600"]);
        Assert.Equal(100m + 999 + 0.25m, result.RemainingDue["inv999"]);
    }

    [Fact]
    public void From_GeneratedStatementImportedAgain_NothingNew()
    {
        var recorded = PaymentCandidates.From(Statement()).Select(c => c.Fingerprint).ToHashSet();

        Assert.Equal(5 * Group, recorded.Count);
        Assert.Empty(PaymentCandidates.From([Statement()], recorded));
    }
}
