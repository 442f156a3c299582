namespace InvoiceFunctions.Core.Payments.Matching;

/// <summary>The outcome for one payment: the decision, the best proposal, and other suggestions for the reviewer.</summary>
/// <param name="Payment">The payment.</param>
/// <param name="Decision">Allocate now, or review.</param>
/// <param name="Proposal">The best proposal, or null when nothing fits.</param>
/// <param name="Suggestions">Other proposals, best first (at most <see cref="MatchingOptions.MaxSuggestions"/>).</param>
public sealed record PaymentMatch(PaymentCandidate Payment, MatchDecision Decision, MatchProposal? Proposal, IReadOnlyList<MatchProposal> Suggestions)
{
    /// <summary>The proposal's confidence, 0 without one.</summary>
    public int Confidence => Proposal?.Confidence ?? 0;
}
