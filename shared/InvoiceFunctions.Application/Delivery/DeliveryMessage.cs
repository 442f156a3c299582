namespace InvoiceFunctions.Application.Delivery;

/// <summary>
/// The message on queue "invoice-delivery" (JSON, camelCase), sent by the issue pipeline once an invoice is issued and
/// archived: <c>{"company":"acme","invoiceId":"inv-...","reason":"issued"}</c>; reason "resend" asks for a new attempt.
/// Fields are text here: a message that does not parse is refused by the services, not by the binder.
/// </summary>
/// <param name="Connector">Set: deliver through this connector only (the fan-out of an "issued" message puts one per enabled connector).</param>
/// <param name="RetryOf">A connector retry: the id of the message that recorded the attempt (retries are new, delayed messages).</param>
/// <param name="Try">The try this message makes of the attempt (1 for the first).</param>
public sealed record DeliveryMessage(string? Company, string? InvoiceId, string? Reason, string? Connector = null, string? RetryOf = null, int Try = 1);
