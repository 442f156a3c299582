namespace InvoiceFunctions.Core.Payments.Matching;

/// <summary>
/// The third pass: recognise the payer (IBAN, name) among the invoices' parties, then fit the amount to one of its
/// open invoices, to a sum of several, or oldest first; with no payer, an invoice of exactly the amount.
/// </summary>
internal static class PartyRules
{
    private const int SearchBudget = 100_000;

    public static List<MatchProposal>? Match(PaymentCandidate payment, OpenInvoiceBook book, MatchingOptions options)
    {
        var side = PaymentMatcher.SideOf(payment);
        var parties = Parties(payment, book, options);
        var proposals = new List<MatchProposal>();
        foreach (var (partyId, evidence) in parties.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            var open = book.OfParty(partyId)
                .Where(i => i.Side == side && i.Currency == payment.Currency && book.RemainingOf(i) > 0m && InWindow(payment, i, options))
                .ToList();
            if (open.Count > 0)
            {
                proposals.AddRange(ForParty(payment, partyId, evidence, open, book, options));
            }
        }

        if (proposals.Count == 0)
        {
            var sameAmount = book.WithOriginalAmount(payment.Amount, payment.Currency)
                .Where(i => i.Side == side && book.RemainingOf(i) == payment.Amount && InWindow(payment, i, options))
                .Take(options.MaxSuggestions + 1)
                .ToList();
            var notes = sameAmount.Count > 1 ? MatchNotes.Ambiguous : MatchNotes.None;
            proposals.AddRange(sameAmount.Select(i => Single(i, payment.Amount, MatchRule.AmountOnly, 30, PartyEvidence.None, notes)));
        }

        return proposals.Count == 0 ? null : [.. proposals.OrderByDescending(p => p.Confidence)];
    }

    /// <summary>How the payment's payer matches an invoice's party.</summary>
    public static PartyEvidence Evidence(PaymentCandidate payment, OpenInvoice invoice, MatchingOptions options)
    {
        var evidence = PartyEvidence.None;
        if (Iban.NormalizeOrNull(payment.CounterpartyIban) is { } iban && iban == Iban.NormalizeOrNull(invoice.PartyIban))
        {
            evidence |= PartyEvidence.Iban;
        }

        if (PartyNames.Similarity(payment.CounterpartyName, invoice.PartyName) >= options.NameThreshold)
        {
            evidence |= PartyEvidence.Name;
        }

        return evidence;
    }

    private static Dictionary<string, PartyEvidence> Parties(PaymentCandidate payment, OpenInvoiceBook book, MatchingOptions options)
    {
        var parties = new Dictionary<string, PartyEvidence>(StringComparer.Ordinal);
        if (Iban.NormalizeOrNull(payment.CounterpartyIban) is { } iban)
        {
            foreach (var invoice in book.WithIban(iban))
            {
                parties[invoice.PartyId] = PartyEvidence.Iban;
            }
        }

        foreach (var (partyId, _) in book.PartiesNamed(new PartyName(payment.CounterpartyName), options.NameThreshold))
        {
            parties[partyId] = parties.GetValueOrDefault(partyId) | PartyEvidence.Name;
        }

        return parties;
    }

    private static IEnumerable<MatchProposal> ForParty(PaymentCandidate payment, string partyId, PartyEvidence evidence, List<OpenInvoice> open, OpenInvoiceBook book, MatchingOptions options)
    {
        var score = evidence switch
        {
            PartyEvidence.Iban | PartyEvidence.Name => 75,
            PartyEvidence.Iban => 70,
            _ => 60,
        };
        var exact = open.Where(i => book.RemainingOf(i) == payment.Amount).ToList();
        if (exact.Count > 0)
        {
            var notes = exact.Count > 1 ? MatchNotes.Ambiguous : MatchNotes.None;
            return exact.Select(i => Single(i, payment.Amount, MatchRule.PartyAndAmount, exact.Count > 1 ? score - 10 : score, evidence, notes) with { PartyId = partyId });
        }

        var window = open.Take(options.MaxInvoicesInSum).ToList();
        if (SubsetWithSum(window.Select(book.RemainingOf).ToList(), payment.Amount) is { } subset)
        {
            var chosen = subset.Select(k => window[k]).ToList();
            return
            [
                new MatchProposal
                {
                    Rule = MatchRule.PartyAndAmount,
                    Confidence = score - 5,
                    Allocations = [.. chosen.Select(i => new Allocation(i.Id, i.Number, book.RemainingOf(i), true))],
                    PartyId = partyId,
                    Evidence = evidence,
                    Notes = MatchNotes.SeveralInvoices,
                },
            ];
        }

        var (allocations, excess) = PaymentMatcher.Allocate(payment.Amount, open, book);
        return
        [
            new MatchProposal
            {
                Rule = MatchRule.PartyOnly,
                Confidence = 40,
                Allocations = allocations,
                Excess = excess,
                PartyId = partyId,
                Evidence = evidence,
                Notes = (excess > 0m ? MatchNotes.Overpayment : MatchNotes.PartialPayment) | (allocations.Count > 1 ? MatchNotes.SeveralInvoices : MatchNotes.None),
            },
        ];
    }

    private static MatchProposal Single(OpenInvoice invoice, decimal amount, MatchRule rule, int confidence, PartyEvidence evidence, MatchNotes notes) => new()
    {
        Rule = rule,
        Confidence = confidence,
        Allocations = [new Allocation(invoice.Id, invoice.Number, amount, true)],
        PartyId = rule == MatchRule.AmountOnly ? null : invoice.PartyId,
        Evidence = evidence,
        Notes = notes,
    };

    private static bool InWindow(PaymentCandidate payment, OpenInvoice invoice, MatchingOptions options) =>
        payment.BookingDate >= invoice.IssueDate.AddDays(-options.DaysBeforeIssue)
        && payment.BookingDate <= invoice.DueDate.AddDays(options.DaysAfterDue);

    /// <summary>
    /// Indexes of two or more amounts adding up to <paramref name="target"/>, preferring earlier (older) ones; null
    /// when there is none or the search budget runs out.
    /// </summary>
    internal static IReadOnlyList<int>? SubsetWithSum(IReadOnlyList<decimal> amounts, decimal target)
    {
        var suffix = new decimal[amounts.Count + 1];
        for (var i = amounts.Count - 1; i >= 0; i--)
        {
            suffix[i] = suffix[i + 1] + amounts[i];
        }

        var chosen = new List<int>();
        var budget = SearchBudget;
        return Search(0, 0m) ? chosen : null;

        bool Search(int index, decimal sum)
        {
            if (sum == target && chosen.Count >= 2)
            {
                return true;
            }

            if (index == amounts.Count || sum >= target || sum + suffix[index] < target || --budget < 0)
            {
                return false;
            }

            chosen.Add(index);
            if (Search(index + 1, sum + amounts[index]))
            {
                return true;
            }

            chosen.RemoveAt(chosen.Count - 1);
            return Search(index + 1, sum);
        }
    }
}
