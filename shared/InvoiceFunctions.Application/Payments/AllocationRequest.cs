namespace InvoiceFunctions.Application.Payments;

/// <summary>Apply <paramref name="Amount"/> of a payment to an invoice.</summary>
public sealed record AllocationRequest(string? InvoiceId, decimal Amount);
