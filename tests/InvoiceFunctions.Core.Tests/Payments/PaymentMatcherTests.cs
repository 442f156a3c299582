using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Core.Payments.Matching;
using static InvoiceFunctions.Core.Tests.Payments.MatchingData;

namespace InvoiceFunctions.Core.Tests.Payments;

public sealed class PaymentMatcherTests
{
    public static TheoryData<string, PaymentCandidate, MatchDecision, MatchRule?, int, string, decimal, MatchNotes> Cases() => new()
    {
        { "RF exact", Pay(1200.00m, rf: "RF26FA20260001"), MatchDecision.AutoAllocate, MatchRule.CreditorReference, 100, "a1:1200.00!", 0m, MatchNotes.None },
        { "RF print form in text", Pay(300.00m, text: "Paiement rf96 FA20 2600 02 merci"), MatchDecision.AutoAllocate, MatchRule.CreditorReference, 100, "a2:300.00!", 0m, MatchNotes.None },
        { "RF partial", Pay(500.00m, rf: "RF26FA20260001"), MatchDecision.AutoAllocate, MatchRule.CreditorReference, 95, "a1:500.00", 0m, MatchNotes.PartialPayment },
        { "RF overpaid", Pay(1250.00m, rf: "RF26 FA20 2600 01"), MatchDecision.AutoAllocate, MatchRule.CreditorReference, 95, "a1:1200.00!", 50.00m, MatchNotes.Overpayment },
        { "RF other currency", Pay(1200.00m, rf: "RF26FA20260001", currency: "USD"), MatchDecision.Review, MatchRule.CreditorReference, 50, string.Empty, 1200.00m, MatchNotes.CurrencyMismatch },
        { "RF unknown, number in text", Pay(84.90m, text: "RF712348231 Paiement acompte fa 2026 0003"), MatchDecision.Review, MatchRule.InvoiceNumber, 90, "d1:84.90!", 0m, MatchNotes.None },
        { "number with other separators", Pay(640.00m, text: "FACTURE Fa2026/0004"), MatchDecision.Review, MatchRule.InvoiceNumber, 90, "z1:640.00!", 0m, MatchNotes.None },
        { "two numbers, their sum", Pay(1500.00m, text: "FA-2026-0001 / FA-2026-0002"), MatchDecision.Review, MatchRule.InvoiceNumber, 90, "a1:1200.00! a2:300.00!", 0m, MatchNotes.SeveralInvoices },
        { "two numbers, less than the sum", Pay(1300.00m, text: "FA2026-0001 FA2026-0002"), MatchDecision.Review, MatchRule.InvoiceNumber, 70, "a1:1200.00! a2:100.00", 0m, MatchNotes.SeveralInvoices | MatchNotes.PartialPayment },
        { "number, overpaid", Pay(600.00m, text: "fa-2026-0005"), MatchDecision.Review, MatchRule.InvoiceNumber, 80, "a3:450.00!", 150.00m, MatchNotes.Overpayment },
        { "number inside a longer one is not read", Pay(999.00m, text: "FA-2026-00012"), MatchDecision.Review, MatchRule.AmountOnly, 30, "x1:999.00!", 0m, MatchNotes.None },
        { "IBAN and name, amount", Pay(640.00m, name: "ZENITH INDUSTRIES", iban: ZenithIban), MatchDecision.Review, MatchRule.PartyAndAmount, 75, "z1:640.00!", 0m, MatchNotes.None },
        { "IBAN only, amount", Pay(640.00m, name: "ZNT HOLDING", iban: "be71 0961 2345 6769"), MatchDecision.Review, MatchRule.PartyAndAmount, 70, "z1:640.00!", 0m, MatchNotes.None },
        { "name only, amount", Pay(84.90m, name: "DUPONT JEAN"), MatchDecision.Review, MatchRule.PartyAndAmount, 60, "d1:84.90!", 0m, MatchNotes.None },
        { "name, sum of two invoices", Pay(750.00m, name: "SARL ACME"), MatchDecision.Review, MatchRule.PartyAndAmount, 55, "a2:300.00! a3:450.00!", 0m, MatchNotes.SeveralInvoices },
        { "IBAN, amount fits nothing", Pay(100.00m, iban: AcmeIban), MatchDecision.Review, MatchRule.PartyOnly, 40, "a1:100.00", 0m, MatchNotes.PartialPayment },
        { "name, more than all open", Pay(2000.00m, name: "Acme S.A.R.L."), MatchDecision.Review, MatchRule.PartyOnly, 40, "a1:1200.00! a2:300.00! a3:450.00!", 50.00m, MatchNotes.Overpayment | MatchNotes.SeveralInvoices },
        { "payer outside the date window", Pay(640.00m, iban: ZenithIban, on: new DateOnly(2026, 9, 1)), MatchDecision.Review, null, 0, "-", 0m, MatchNotes.None },
        { "amount only", Pay(84.90m, name: "Unknown Payer"), MatchDecision.Review, MatchRule.AmountOnly, 30, "d1:84.90!", 0m, MatchNotes.None },
        { "nothing fits", Pay(13.37m, text: "virement"), MatchDecision.Review, null, 0, "-", 0m, MatchNotes.None },
        { "reversal", Pay(1200.00m, rf: "RF26FA20260001", reversal: true), MatchDecision.Review, null, 0, "-", 0m, MatchNotes.None },
        { "supplier paid, number shared by two suppliers", Pay(350.40m, text: "Invoice F-889", name: "Fournitures Lemaire", iban: LemaireIban, direction: CreditDebit.Debit), MatchDecision.Review, MatchRule.InvoiceNumber, 90, "p1:350.40!", 0m, MatchNotes.None },
        { "supplier by IBAN", Pay(350.40m, iban: LemaireIban, direction: CreditDebit.Debit), MatchDecision.Review, MatchRule.PartyAndAmount, 70, "p1:350.40!", 0m, MatchNotes.None },
        { "credit never pays a purchase invoice", Pay(120.00m, text: "F-889", name: "Martin Bois"), MatchDecision.Review, null, 0, "-", 0m, MatchNotes.None },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Match_OnePayment_ExpectedProposal(string title, PaymentCandidate payment, MatchDecision decision, MatchRule? rule, int confidence, string allocations, decimal excess, MatchNotes notes)
    {
        var match = Assert.Single(PaymentMatcher.Match([payment], Book).Matches);

        Assert.Equal((decision, rule, confidence, allocations, excess, notes), (match.Decision, match.Proposal?.Rule, match.Confidence, Describe(match.Proposal), match.Proposal?.Excess ?? 0m, match.Proposal?.Notes ?? MatchNotes.None));
        Assert.NotNull(title);
    }

    [Fact]
    public void Match_InvoiceNumberWithLowerThreshold_AutoAllocates()
    {
        var match = PaymentMatcher.Match([Pay(84.90m, text: "FA 2026 0003")], Book, MatchingOptions.Default with { AutoAllocateThreshold = 90 }).Matches[0];

        Assert.Equal((MatchDecision.AutoAllocate, 90), (match.Decision, match.Confidence));
    }

    [Fact]
    public void Match_SameReferencePaidTwice_SecondIsCustomerCreditForReview()
    {
        var result = PaymentMatcher.Match([Pay(1200.00m, rf: "RF26FA20260001", id: "x"), Pay(1200.00m, rf: "RF26FA20260001", id: "y")], Book);

        Assert.Equal(MatchDecision.AutoAllocate, result.Matches[0].Decision);
        var second = result.Matches[1];
        Assert.Equal((MatchDecision.Review, 50, 1200.00m, "acme"), (second.Decision, second.Confidence, second.Proposal!.Excess, second.Proposal.PartyId));
        Assert.Equal(MatchNotes.AlreadySettled | MatchNotes.Overpayment, second.Proposal.Notes);
        Assert.Equal(0m, result.RemainingDue["a1"]);
    }

    [Fact]
    public void Match_StrongEvidenceLaterInTheList_ClaimsTheInvoiceFirst()
    {
        var weak = Pay(1200.00m, name: "ACME SARL", id: "weak");
        var strong = Pay(1200.00m, rf: "RF26FA20260001", id: "strong");

        var result = PaymentMatcher.Match([weak, strong], Book);

        Assert.Equal("a1:1200.00!", Describe(result.Matches[1].Proposal));
        Assert.Equal((MatchRule.PartyOnly, "a2:300.00! a3:450.00!", 450.00m), (result.Matches[0].Proposal!.Rule, Describe(result.Matches[0].Proposal), result.Matches[0].Proposal!.Excess));
        Assert.Equal([0m, 0m, 0m], new[] { "a1", "a2", "a3" }.Select(id => result.RemainingDue[id]));
    }

    [Fact]
    public void Match_TwoInvoicesOfTheSameAmount_OldestProposedOtherSuggested()
    {
        OpenInvoice[] book =
        [
            Invoice("n2", "N-2", "acme", "ACME", 100m, new(2026, 2, 10)),
            Invoice("n1", "N-1", "acme", "ACME", 100m, new(2026, 1, 10)),
        ];

        var match = PaymentMatcher.Match([Pay(100m, name: "ACME")], book).Matches[0];

        Assert.Equal(("n1:100!", 50, MatchNotes.Ambiguous), (Describe(match.Proposal), match.Confidence, match.Proposal!.Notes));
        Assert.Equal(["n2:100!"], match.Suggestions.Select(Describe));
    }

    [Fact]
    public void Match_ReviewLists_SplitByDecision()
    {
        var result = PaymentMatcher.Match([Pay(1200.00m, rf: "RF26FA20260001", id: "1"), Pay(13.37m, id: "2")], Book);

        Assert.Equal(["1"], result.AutoAllocated.Select(m => m.Payment.Fingerprint));
        Assert.Equal(["2"], result.ReviewList.Select(m => m.Payment.Fingerprint));
        Assert.Empty(result.ReviewList[0].Suggestions);
    }

    [Fact]
    public void Match_DuplicateInvoiceId_Throws() =>
        Assert.Throws<ArgumentException>(() => PaymentMatcher.Match([], [Book[0], Book[0]]));
}
