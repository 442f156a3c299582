namespace InvoiceFunctions.Core.Payments.Matching;

/// <summary>A way to apply a payment: to which invoices, how much each, and what is left as the party's credit.</summary>
public sealed record MatchProposal
{
    /// <summary>The rule that found it.</summary>
    public required MatchRule Rule { get; init; }

    /// <summary>0 to 100: 100 is an exact RF reference with the exact amount (see docs/payments.md for the scale).</summary>
    public required int Confidence { get; init; }

    /// <summary>The invoices and amounts, oldest due date first.</summary>
    public IReadOnlyList<Allocation> Allocations { get; init; } = [];

    /// <summary>What the payment leaves once the allocations are made: the party's credit when <see cref="PartyId"/> is known.</summary>
    public decimal Excess { get; init; }

    /// <summary>The party the payment came from (or went to), when recognised.</summary>
    public string? PartyId { get; init; }

    /// <summary>How the party was recognised.</summary>
    public PartyEvidence Evidence { get; init; }

    /// <summary>Facts for the reviewer.</summary>
    public MatchNotes Notes { get; init; }

    /// <summary>The sum of the allocations.</summary>
    public decimal Allocated => Allocations.Sum(a => a.Amount);
}
