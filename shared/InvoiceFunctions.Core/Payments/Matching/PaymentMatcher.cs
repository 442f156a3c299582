namespace InvoiceFunctions.Core.Payments.Matching;

/// <summary>
/// Proposes how bank payments settle open invoices, as a pure function of both lists. Three passes, strongest
/// evidence first, each over all payments in the order given, so a strong match claims its invoice before a weak one:
/// (1) the ISO 11649 reference, (2) invoice numbers in the remittance text, (3) the payer (IBAN or name) with the
/// amount (one invoice or a sum of several) inside a date window, else the amount alone. Proposals never apply more
/// than an invoice still owes across the batch; what a known payer pays beyond that is its credit. Credits are
/// matched with receivables, debits with payables. Scores: docs/payments.md.
/// </summary>
public static class PaymentMatcher
{
    /// <summary>Matches <paramref name="payments"/> against <paramref name="invoices"/>.</summary>
    public static ReconciliationResult Match(IReadOnlyList<PaymentCandidate> payments, IReadOnlyList<OpenInvoice> invoices, MatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(payments);
        ArgumentNullException.ThrowIfNull(invoices);
        var o = options ?? MatchingOptions.Default;
        var book = new OpenInvoiceBook(invoices, o.MinNumberLength);
        var found = new List<MatchProposal>?[payments.Count];
        Func<PaymentCandidate, OpenInvoiceBook, MatchingOptions, List<MatchProposal>?>[] passes = [ByReference, ByNumber, PartyRules.Match];
        foreach (var pass in passes)
        {
            for (var i = 0; i < payments.Count; i++)
            {
                if (found[i] is null && !payments[i].IsReversal && payments[i].Amount > 0m && pass(payments[i], book, o) is { Count: > 0 } proposals)
                {
                    found[i] = proposals;
                    book.Apply(proposals[0].Allocations);
                }
            }
        }

        var matches = payments.Select((payment, i) =>
        {
            var proposal = found[i]?[0];
            var decision = proposal is not null && proposal.Confidence >= o.AutoAllocateThreshold ? MatchDecision.AutoAllocate : MatchDecision.Review;
            return new PaymentMatch(payment, decision, proposal, found[i]?.Skip(1).Take(o.MaxSuggestions).ToList() ?? []);
        }).ToList();
        return new ReconciliationResult(matches, book.Remaining.ToDictionary(StringComparer.Ordinal));
    }

    /// <summary>The side of the ledger a payment can settle.</summary>
    internal static OpenItemSide SideOf(PaymentCandidate payment) =>
        payment.Direction == CreditDebit.Credit ? OpenItemSide.Receivable : OpenItemSide.Payable;

    /// <summary>
    /// Applies a payment to invoices, oldest due first, each up to what it still owes; the rest is the excess.
    /// </summary>
    internal static (IReadOnlyList<Allocation> Allocations, decimal Excess) Allocate(decimal amount, IEnumerable<OpenInvoice> invoices, OpenInvoiceBook book)
    {
        var allocations = new List<Allocation>();
        var left = amount;
        foreach (var invoice in invoices)
        {
            var owed = book.RemainingOf(invoice);
            if (left <= 0m)
            {
                break;
            }

            if (owed <= 0m)
            {
                continue;
            }

            var applied = Math.Min(owed, left);
            allocations.Add(new Allocation(invoice.Id, invoice.Number, applied, applied == owed));
            left -= applied;
        }

        return (allocations, left);
    }

    private static List<MatchProposal>? ByReference(PaymentCandidate payment, OpenInvoiceBook book, MatchingOptions options)
    {
        var side = SideOf(payment);
        var text = $"{payment.StructuredReference} {payment.RemittanceText}";
        var invoices = RemittanceScanner.CreditorReferences(text, rf => book.WithReference(rf).Any(i => i.Side == side))
            .SelectMany(book.WithReference)
            .Where(i => i.Side == side)
            .Distinct()
            .ToList();
        return invoices.Count == 0 ? null : [Referenced(payment, invoices, book, MatchRule.CreditorReference, exact: 100, inexact: 95)];
    }

    private static List<MatchProposal>? ByNumber(PaymentCandidate payment, OpenInvoiceBook book, MatchingOptions options)
    {
        var side = SideOf(payment);
        var keys = RemittanceScanner.InvoiceNumbers(payment.RemittanceText, key => book.WithNumberKey(key).Any(i => i.Side == side), book.MaxNumberKeyLength);
        var invoices = new List<OpenInvoice>();
        var ambiguous = false;
        foreach (var key in keys)
        {
            var same = book.WithNumberKey(key).Where(i => i.Side == side).ToList();
            if (same.Count > 1)
            {
                // Suppliers' numbers repeat across suppliers: the payee decides, else the oldest.
                var ofPayer = same.Where(i => PartyRules.Evidence(payment, i, options) != PartyEvidence.None).ToList();
                same = ofPayer.Count > 0 ? ofPayer : same;
                ambiguous |= same.Count > 1;
            }

            invoices.Add(same[0]);
        }

        if (invoices.Count == 0)
        {
            return null;
        }

        var proposal = Referenced(payment, invoices.OrderBy(i => i.DueDate).ToList(), book, MatchRule.InvoiceNumber, exact: 90, inexact: 80);
        return [ambiguous ? proposal with { Confidence = proposal.Confidence - 10, Notes = proposal.Notes | MatchNotes.Ambiguous } : proposal];
    }

    /// <summary>
    /// A payment that names its invoices: all of them when the amount is their sum, oldest first when it is less
    /// (partial), all plus a credit when it is more.
    /// </summary>
    private static MatchProposal Referenced(PaymentCandidate payment, IReadOnlyList<OpenInvoice> named, OpenInvoiceBook book, MatchRule rule, int exact, int inexact)
    {
        var party = named[0].PartyId;
        var sameCurrency = named.Where(i => i.Currency == payment.Currency).ToList();
        if (sameCurrency.Count == 0)
        {
            return new MatchProposal { Rule = rule, Confidence = 50, Excess = payment.Amount, PartyId = party, Notes = MatchNotes.CurrencyMismatch };
        }

        var open = sameCurrency.Where(i => book.RemainingOf(i) > 0m).ToList();
        if (open.Count == 0)
        {
            return new MatchProposal { Rule = rule, Confidence = 50, Excess = payment.Amount, PartyId = party, Notes = MatchNotes.AlreadySettled | MatchNotes.Overpayment };
        }

        var owed = open.Sum(book.RemainingOf);
        var (allocations, excess) = Allocate(payment.Amount, open, book);
        var notes = (open.Count > 1 ? MatchNotes.SeveralInvoices : MatchNotes.None)
            | (excess > 0m ? MatchNotes.Overpayment : MatchNotes.None)
            | (payment.Amount < owed ? MatchNotes.PartialPayment : MatchNotes.None)
            | (open.Count < named.Count ? MatchNotes.AlreadySettled : MatchNotes.None);
        var confidence = payment.Amount == owed && open.Count == named.Count ? exact
            : payment.Amount < owed && open.Count > 1 ? inexact - 10
            : inexact;
        return new MatchProposal { Rule = rule, Confidence = confidence, Allocations = allocations, Excess = excess, PartyId = party, Notes = notes };
    }
}
