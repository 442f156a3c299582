namespace InvoiceFunctions.Application.Payments;

/// <summary>No payment with this id in the company.</summary>
public sealed class PaymentNotFoundException(string paymentId) : Exception($"Payment '{paymentId}' was not found.")
{
    public string PaymentId { get; } = paymentId;
}
