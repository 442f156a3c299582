using InvoiceFunctions.Application.Issuing;

namespace InvoiceFunctions.Application.Orders;

/// <summary>
/// An invoice claimed by an order, with the draft it is made from: claimed on the order first, then drafted under
/// this id, so a crash in between is completed by the next call instead of invoicing the quantities twice.
/// </summary>
public sealed record OrderInvoice(string InvoiceId, OrderInvoiceKind Kind, decimal TaxInclusive, InvoiceDraft Draft);
