namespace InvoiceFunctions.Core.Payments.Matching;

/// <summary>What to do with a payment.</summary>
public enum MatchDecision
{
    /// <summary>Allocate as proposed without asking (confidence at or above <see cref="MatchingOptions.AutoAllocateThreshold"/>).</summary>
    AutoAllocate,

    /// <summary>Show in the review list: the proposal and suggestions, if any, need a person.</summary>
    Review,
}
