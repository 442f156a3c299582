namespace InvoiceFunctions.Application.Payments;

/// <summary>Which door a payment came in by.</summary>
public enum PaymentSource
{
    /// <summary>Recorded by an accountant through the API.</summary>
    Api,

    /// <summary>A partner's signed <c>payment.received</c> webhook.</summary>
    Webhook,

    /// <summary>A booked entry of an imported bank statement (camt.053 or CSV).</summary>
    Statement,
}
