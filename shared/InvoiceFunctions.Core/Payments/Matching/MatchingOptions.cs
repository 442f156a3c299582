namespace InvoiceFunctions.Core.Payments.Matching;

/// <summary>Thresholds and windows of the matcher.</summary>
public sealed record MatchingOptions
{
    /// <summary>The defaults (documented in docs/payments.md).</summary>
    public static MatchingOptions Default { get; } = new();

    /// <summary>Proposals at or above this confidence are allocated without review (95: RF references only; 90 adds invoice number + amount).</summary>
    public int AutoAllocateThreshold { get; init; } = 95;

    /// <summary>How many days before its issue date a payment may still be for an invoice (amount and party rules only).</summary>
    public int DaysBeforeIssue { get; init; } = 7;

    /// <summary>How many days after its due date a payment may still be for an invoice (amount and party rules only).</summary>
    public int DaysAfterDue { get; init; } = 180;

    /// <summary>Name similarity (0 to 1) from which a payer is taken for the invoice's party.</summary>
    public double NameThreshold { get; init; } = 0.85;

    /// <summary>How many of a party's open invoices (oldest due first) a sum may combine.</summary>
    public int MaxInvoicesInSum { get; init; } = 20;

    /// <summary>How many suggestions a review item carries.</summary>
    public int MaxSuggestions { get; init; } = 5;

    /// <summary>Shortest invoice number (letters and digits only) searched for in remittance text: shorter ones match too much.</summary>
    public int MinNumberLength { get; init; } = 3;
}
