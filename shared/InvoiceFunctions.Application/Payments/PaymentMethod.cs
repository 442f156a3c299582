namespace InvoiceFunctions.Application.Payments;

/// <summary>How the money moved (BT-81 payment means, simplified).</summary>
public enum PaymentMethod
{
    Transfer,
    Card,
    DirectDebit,
    Cheque,
    Cash,
}
