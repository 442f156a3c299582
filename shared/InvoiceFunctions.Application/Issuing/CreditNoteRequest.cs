namespace InvoiceFunctions.Application.Issuing;

/// <summary>A credit note against an issued invoice: all of it (no lines) or some lines, each up to its invoiced quantity.</summary>
/// <param name="Lines">The invoice's line numbers (BT-126: 1, 2...) and quantities to credit.</param>
/// <param name="Reason">Why (printed as a note), e.g. "Returned goods".</param>
public sealed record CreditNoteRequest(IReadOnlyList<LineQuantity>? Lines = null, string? Reason = null);
