namespace InvoiceFunctions.Core.Payments.Matching;

/// <summary>The matcher's answer for a batch of payments.</summary>
/// <param name="Matches">One per payment, in the order given.</param>
/// <param name="RemainingDue">What each invoice would still owe once every proposal (automatic or not) is applied, by invoice id.</param>
public sealed record ReconciliationResult(IReadOnlyList<PaymentMatch> Matches, IReadOnlyDictionary<string, decimal> RemainingDue)
{
    /// <summary>The payments to allocate without asking.</summary>
    public IReadOnlyList<PaymentMatch> AutoAllocated => [.. Matches.Where(m => m.Decision == MatchDecision.AutoAllocate)];

    /// <summary>The review list: every payment that needs a person, with its proposal and suggestions.</summary>
    public IReadOnlyList<PaymentMatch> ReviewList => [.. Matches.Where(m => m.Decision == MatchDecision.Review)];
}
