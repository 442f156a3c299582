namespace InvoiceFunctions.Application.Payments;

/// <summary>A partner's webhook body: <c>{"type":"payment.received","data":{...a payment...}}</c>.</summary>
public sealed record PaymentWebhookEvent(string? Type, NewPayment? Data)
{
    public const string PaymentReceived = "payment.received";
}
