namespace InvoiceFunctions.Application.Payments;

/// <summary>An allocation or refund the payment or invoice cannot take (more than is left, other currency, wrong side).</summary>
public sealed class AllocationException(string message) : Exception(message);
