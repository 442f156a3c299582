using System.Globalization;
using BenchmarkDotNet.Attributes;
using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Core.Payments.Matching;

namespace InvoiceFunctions.Core.Benchmarks;

/// <summary>
/// A 10,000-entry statement against 100,000 open invoices (20,000 customers, five invoices each): a quarter of the
/// entries each carry an RF reference, an invoice number in text, the payer's name with the amount, or nothing known.
/// One operation is one whole <see cref="PaymentMatcher.Match"/> (index building included); entries/s = 10,000 / mean.
/// </summary>
[MemoryDiagnoser]
public class PaymentMatchingBenchmarks
{
    public const int Entries = 10_000;
    public const int Invoices = 100_000;

    private List<OpenInvoice> invoices = [];
    private List<PaymentCandidate> payments = [];

    [GlobalSetup]
    public void Setup()
    {
        var start = new DateOnly(2026, 1, 1);
        invoices = [.. Enumerable.Range(0, Invoices).Select(i => new OpenInvoice
        {
            Id = $"inv{i}",
            Number = $"FA-2026-{i:000000}",
            PartyId = $"c{i / 5}",
            PartyName = $"{Word(i / 5)} {Word(i / 5 + 7919)} SARL",
            CreditorReference = CreditorReference.Create($"FA2026{i:000000}").Value,
            AmountDue = 100m + (i % 9973) + 0.25m,
            Currency = "EUR",
            IssueDate = start.AddDays(i % 60),
            DueDate = start.AddDays(30 + (i % 60)),
        })];
        payments = [.. Enumerable.Range(0, Entries).Select(n =>
        {
            var i = n * (Invoices / Entries);
            var invoice = invoices[i];
            var candidate = new PaymentCandidate
            {
                Fingerprint = string.Create(CultureInfo.InvariantCulture, $"f{n}"),
                AccountId = "FR7630004000031234567890143",
                Direction = CreditDebit.Credit,
                Amount = invoice.AmountDue,
                Currency = "EUR",
                BookingDate = new DateOnly(2026, 3, 15),
            };
            return (n % 4) switch
            {
                0 => candidate with { StructuredReference = invoice.CreditorReference },
                1 => candidate with { RemittanceText = $"facture {invoice.Number.Replace('-', ' ')} merci" },
                2 => candidate with { CounterpartyName = $"{Word(i / 5)} {Word(i / 5 + 7919)} SAS" },
                _ => candidate with { Amount = 3.33m, CounterpartyName = $"Payer {n}", RemittanceText = "don" },
            };
        })];
    }

    [Benchmark]
    public ReconciliationResult Match10kAgainst100k() => PaymentMatcher.Match(payments, invoices);

    /// <summary>A pronounceable made-up word per number, so customer names are distinct and realistic to the name index.</summary>
    private static string Word(int n)
    {
        const string consonants = "bcdfglmnprstvz";
        const string vowels = "aeiou";
        var word = new System.Text.StringBuilder();
        do
        {
            word.Append(consonants[n % consonants.Length]).Append(vowels[n / consonants.Length % vowels.Length]);
            n /= consonants.Length * vowels.Length;
        }
        while (n > 0);
        return char.ToUpperInvariant(word[0]) + word.ToString()[1..];
    }
}
