using InvoiceFunctions.Application.Orders;

namespace InvoiceFunctions.App.Orders;

/// <summary>An invoice made from an order.</summary>
public sealed record OrderInvoiceView(string InvoiceId, OrderInvoiceKind Kind, decimal TaxInclusive);
