using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Core.Payments.Matching;

namespace InvoiceFunctions.Core.Tests.Payments;

/// <summary>Open invoices and payments for the matcher tests, with named arguments.</summary>
internal static class MatchingData
{
    public const string AcmeIban = "FR7630006000011234567890189";
    public const string ZenithIban = "BE71096123456769";
    public const string LemaireIban = "DE89370400440532013000";
    public static readonly DateOnly PaidOn = new(2026, 3, 2);

    public static IReadOnlyList<OpenInvoice> Book { get; } =
    [
        Invoice("a1", "FA-2026-0001", "acme", "ACME SARL", 1200.00m, new(2026, 2, 1), iban: AcmeIban, rf: "RF26FA20260001"),
        Invoice("a2", "FA-2026-0002", "acme", "ACME SARL", 300.00m, new(2026, 2, 10), iban: AcmeIban, rf: "RF96FA20260002"),
        Invoice("a3", "FA-2026-0005", "acme", "ACME SARL", 450.00m, new(2026, 2, 15), iban: AcmeIban),
        Invoice("d1", "FA-2026-0003", "dupont", "M. Jean Dupont", 84.90m, new(2026, 2, 20)),
        Invoice("z1", "FA-2026-0004", "zenith", "Zenith Industries SAS", 640.00m, new(2026, 1, 5), iban: ZenithIban),
        Invoice("x1", "0001", "other", "Other Customer", 999.00m, new(2026, 2, 1)),
        Invoice("p1", "F-889", "lemaire", "Fournitures Lemaire", 350.40m, new(2026, 2, 20), iban: LemaireIban, side: OpenItemSide.Payable),
        Invoice("p2", "F-889", "martin", "Martin Bois", 120.00m, new(2026, 2, 21), side: OpenItemSide.Payable),
    ];

    public static OpenInvoice Invoice(string id, string number, string party, string name, decimal due, DateOnly issued, string? iban = null, string? rf = null, OpenItemSide side = OpenItemSide.Receivable, string currency = "EUR") => new()
    {
        Id = id,
        Number = number,
        PartyId = party,
        PartyName = name,
        PartyIban = iban,
        CreditorReference = rf,
        AmountDue = due,
        Currency = currency,
        IssueDate = issued,
        DueDate = issued.AddDays(30),
        Side = side,
    };

    public static PaymentCandidate Pay(decimal amount, string? text = null, string? rf = null, string? name = null, string? iban = null, DateOnly? on = null, CreditDebit direction = CreditDebit.Credit, string currency = "EUR", bool reversal = false, string id = "p") => new()
    {
        Fingerprint = id,
        AccountId = "FR7630004000031234567890143",
        Direction = direction,
        Amount = amount,
        Currency = currency,
        BookingDate = on ?? PaidOn,
        StructuredReference = rf,
        RemittanceText = text,
        CounterpartyName = name,
        CounterpartyIban = iban,
        IsReversal = reversal,
    };

    /// <summary>The allocations of a proposal as "id:amount" (settled ones with '!').</summary>
    public static string Describe(MatchProposal? proposal) =>
        proposal is null ? "-" : string.Join(' ', proposal.Allocations.Select(a => FormattableString.Invariant($"{a.InvoiceId}:{a.Amount}{(a.Settles ? "!" : string.Empty)}")));
}
