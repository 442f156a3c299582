namespace InvoiceFunctions.Application.Issuing;

/// <summary>
/// An event for integrators (invoice.issued, creditnote.issued, ...), kept in the company's feed in the order it
/// happened. Its id is derived from what it says, so publishing it again changes nothing.
/// </summary>
public sealed record OutboundEvent(string Id, string Type, DateTimeOffset At, string InvoiceId, string? Number, string? Detail);
