namespace InvoiceFunctions.Rendering;

/// <summary>A fee claimed on a reminder (issued as its own fee document, never added to the invoice), counted in the total due.</summary>
/// <param name="Document">The fee document's number, printed beside the fee.</param>
public sealed record ReminderFee(ReminderFeeKind Kind, decimal Amount, string? Document = null);
