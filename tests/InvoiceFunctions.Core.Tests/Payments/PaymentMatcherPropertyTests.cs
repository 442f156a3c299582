using CsCheck;
using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Core.Payments.Matching;
using static InvoiceFunctions.Core.Tests.Payments.MatchingData;

namespace InvoiceFunctions.Core.Tests.Payments;

public sealed class PaymentMatcherPropertyTests
{
    private static readonly string[] Names = ["ACME SARL", "Zenith SAS", "Dupont Jean", "Boulangerie Martin", "Kunde GmbH"];

    private static readonly Gen<decimal> Cents = Gen.Int[1, 200_000].Select(c => c / 100m);

    private static readonly Gen<OpenInvoice[]> Invoices =
        Gen.Select(Gen.Int[0, 4], Cents, Gen.Int[0, 90], Gen.Bool, Gen.Bool)
            .Array[1, 25]
            .Select(rows => rows.Select((r, i) => Invoice(
                $"i{i}",
                $"FA-2026-{i:0000}",
                $"party{r.Item1}",
                Names[r.Item1],
                r.Item2,
                new DateOnly(2026, 1, 1).AddDays(r.Item3),
                iban: r.Item4 ? AcmeIban : null,
                rf: r.Item5 ? CreditorReference.Create($"FA2026{i:0000}").Value : null)).ToArray());

    private static readonly Gen<PaymentCandidate[]> Payments =
        Gen.Select(Cents, Gen.Int[0, 30], Gen.Int[0, 5], Gen.Bool, Gen.Int[0, 3])
            .Array[0, 25]
            .Select(rows => rows.Select((r, i) => Pay(
                r.Item1,
                text: r.Item4 ? $"facture fa 2026 {r.Item2:0000} RF{r.Item2}" : null,
                rf: r.Item3 == 0 ? CreditorReference.Create($"FA2026{r.Item2:0000}").Value : null,
                name: r.Item3 < Names.Length ? Names[r.Item3] : "Someone Else",
                iban: r.Item5 == 0 ? AcmeIban : null,
                on: new DateOnly(2026, 2, 1).AddDays(r.Item2),
                id: $"t{i}")).ToArray());

    [Fact]
    public void Match_AnyBatch_NeverAllocatesMoreThanPaidOrOwed() =>
        Gen.Select(Invoices, Payments).Sample((invoices, payments) =>
        {
            var result = PaymentMatcher.Match(payments, invoices);
            var applied = result.Matches.Where(m => m.Proposal is not null).SelectMany(m => m.Proposal!.Allocations)
                .GroupBy(a => a.InvoiceId).ToDictionary(g => g.Key, g => g.Sum(a => a.Amount));
            return result.Matches.Count == payments.Length
                && result.Matches.All(m => m.Proposal is null || (m.Proposal.Allocated + m.Proposal.Excess == m.Payment.Amount && m.Proposal.Allocations.All(a => a.Amount > 0m)))
                && invoices.All(i => applied.GetValueOrDefault(i.Id) <= i.AmountDue && result.RemainingDue[i.Id] == i.AmountDue - applied.GetValueOrDefault(i.Id))
                && result.AutoAllocated.All(m => m.Proposal!.Rule == MatchRule.CreditorReference)
                && result.Matches.All(m => m.Suggestions.Count <= MatchingOptions.Default.MaxSuggestions);
        });

    [Fact]
    public void Match_AnyBatch_SameAnswerTwice() =>
        Gen.Select(Invoices, Payments).Sample((invoices, payments) =>
        {
            var first = PaymentMatcher.Match(payments, invoices);
            var second = PaymentMatcher.Match(payments, invoices);
            return first.Matches.Select(m => Describe(m.Proposal)).SequenceEqual(second.Matches.Select(m => Describe(m.Proposal)));
        }, iter: 50);
}
