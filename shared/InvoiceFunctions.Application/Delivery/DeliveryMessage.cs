namespace InvoiceFunctions.Application.Delivery;

/// <summary>
/// The message on queue "invoice-delivery" (JSON, camelCase), sent by the issue pipeline once an invoice is issued and
/// archived: <c>{"company":"acme","invoiceId":"inv-...","reason":"issued"}</c>; reason "resend" asks for a new attempt.
/// Fields are text here: a message that does not parse is refused by <see cref="EmailDeliveryService"/>, not by the binder.
/// </summary>
public sealed record DeliveryMessage(string? Company, string? InvoiceId, string? Reason);
