using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Orders;

namespace InvoiceFunctions.App.Orders;

/// <summary>An order as the API shows it: remaining quantity per line, invoices made from it (with their kind and amount).</summary>
public sealed record OrderView(
    string Id, string? QuoteId, string? QuoteNumber, OrderStatus Status, string? CustomerId, IReadOnlyList<decimal> Remaining,
    IReadOnlyList<OrderInvoiceView> Invoices, InvoiceDraft Content, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static OrderView From(SalesOrder o) => new(
        o.Id, o.QuoteId, o.QuoteNumber, o.Status, o.Content.CustomerId, o.Remaining, o.Invoices.Select(i => new OrderInvoiceView(i.InvoiceId, i.Kind, i.TaxInclusive)).ToList(),
        o.Content, o.CreatedAt, o.UpdatedAt);
}
