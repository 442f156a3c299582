namespace InvoiceFunctions.Core.Payments.Matching;

/// <summary>The open invoices indexed for matching (RF, number, IBAN, party, name words, amount), with what each still owes as proposals are made.</summary>
internal sealed class OpenInvoiceBook
{
    private readonly Dictionary<string, decimal> remaining = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<OpenInvoice>> byReference = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<OpenInvoice>> byNumber = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<OpenInvoice>> byIban = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<OpenInvoice>> byParty = new(StringComparer.Ordinal);
    private readonly Dictionary<(decimal, string), List<OpenInvoice>> byAmount = [];
    private readonly Dictionary<string, HashSet<string>> partiesByWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PartyName> partyNames = new(StringComparer.Ordinal);

    /// <summary>A word shared by more parties than this is too common to find a payer by.</summary>
    private const int RareWordLimit = 64;

    public OpenInvoiceBook(IEnumerable<OpenInvoice> invoices, int minNumberLength)
    {
        var ordered = invoices.OrderBy(i => i.DueDate).ThenBy(i => i.IssueDate).ThenBy(i => i.Id, StringComparer.Ordinal);
        foreach (var invoice in ordered)
        {
            if (!remaining.TryAdd(invoice.Id, Math.Max(0m, invoice.AmountDue)))
            {
                throw new ArgumentException($"Invoice id '{invoice.Id}' appears twice.", nameof(invoices));
            }

            if (CreditorReference.TryParse(invoice.CreditorReference, out var rf))
            {
                Add(byReference, rf.Value, invoice);
            }

            var key = RemittanceScanner.NumberKey(invoice.Number);
            if (key.Length >= minNumberLength)
            {
                Add(byNumber, key, invoice);
                MaxNumberKeyLength = Math.Max(MaxNumberKeyLength, key.Length);
            }

            if (Iban.NormalizeOrNull(invoice.PartyIban) is { } iban)
            {
                Add(byIban, iban, invoice);
            }

            Add(byParty, invoice.PartyId, invoice);
            Add(byAmount, (invoice.AmountDue, invoice.Currency), invoice);
            if (!partyNames.ContainsKey(invoice.PartyId))
            {
                var name = new PartyName(invoice.PartyName);
                partyNames[invoice.PartyId] = name;
                foreach (var word in name.Words)
                {
                    if (!partiesByWord.TryGetValue(WordKey(word), out var parties))
                    {
                        partiesByWord[WordKey(word)] = parties = new HashSet<string>(StringComparer.Ordinal);
                    }

                    parties.Add(invoice.PartyId);
                }
            }
        }
    }

    public int MaxNumberKeyLength { get; }

    public IReadOnlyDictionary<string, decimal> Remaining => remaining;

    public decimal RemainingOf(OpenInvoice invoice) => remaining[invoice.Id];

    public IReadOnlyList<OpenInvoice> WithReference(string rf) => byReference.GetValueOrDefault(rf) ?? [];

    public IReadOnlyList<OpenInvoice> WithNumberKey(string key) => byNumber.GetValueOrDefault(key) ?? [];

    public IReadOnlyList<OpenInvoice> WithIban(string iban) => byIban.GetValueOrDefault(iban) ?? [];

    public IReadOnlyList<OpenInvoice> OfParty(string partyId) => byParty.GetValueOrDefault(partyId) ?? [];

    public IReadOnlyList<OpenInvoice> WithOriginalAmount(decimal amount, string currency) => byAmount.GetValueOrDefault((amount, currency)) ?? [];

    /// <summary>
    /// The parties whose name is close enough to the payer's, with the similarity. Only parties sharing a word (by its
    /// first four letters) are compared, and through the rarest words first: a word most parties share
    /// ("SERVICES", "BOULANGERIE") is only used when the name has no rarer one.
    /// </summary>
    public IEnumerable<(string PartyId, double Similarity)> PartiesNamed(PartyName payer, double threshold)
    {
        var postings = payer.Words.Select(w => partiesByWord.GetValueOrDefault(WordKey(w))).OfType<HashSet<string>>().OrderBy(p => p.Count).ToList();
        var rare = postings.Where(p => p.Count <= RareWordLimit).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var party in (rare.Count > 0 ? rare : postings.Take(1)).SelectMany(p => p))
        {
            if (seen.Add(party) && PartyNames.Similarity(payer, partyNames[party]) is var similarity && similarity >= threshold)
            {
                yield return (party, similarity);
            }
        }
    }

    public void Apply(IEnumerable<Allocation> allocations)
    {
        foreach (var allocation in allocations)
        {
            remaining[allocation.InvoiceId] -= allocation.Amount;
        }
    }

    /// <summary>Words are indexed by their first four letters, so a typo further on still finds the party.</summary>
    private static string WordKey(string word) => word.Length <= 4 ? word : word[..4];

    private static void Add<TKey>(Dictionary<TKey, List<OpenInvoice>> index, TKey key, OpenInvoice invoice)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(invoice);
    }
}
