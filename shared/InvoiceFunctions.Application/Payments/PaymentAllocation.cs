namespace InvoiceFunctions.Application.Payments;

/// <summary>Part of a payment applied to one invoice: one per payment and invoice, written with the invoice's change.</summary>
public sealed record PaymentAllocation(string PaymentId, string InvoiceId, decimal Amount, DateTimeOffset At, string Actor);
