using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;

namespace InvoiceFunctions.Application.Orders;

/// <summary>An order (from an accepted quote, or direct): its lines, what remains to invoice per line, the invoices made from it.</summary>
/// <param name="Remaining">Per line of <see cref="Content"/>, the quantity not invoiced yet.</param>
public sealed record SalesOrder(
    CompanyId Company,
    string Id,
    string? QuoteId,
    string? QuoteNumber,
    OrderStatus Status,
    InvoiceDraft Content,
    IReadOnlyList<decimal> Remaining,
    IReadOnlyList<OrderInvoice> Invoices,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Version = null);
