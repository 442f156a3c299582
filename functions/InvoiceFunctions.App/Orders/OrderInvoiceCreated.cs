using InvoiceFunctions.App.Ledger;

namespace InvoiceFunctions.App.Orders;

/// <summary>The answer of InvoiceOrder: the order with its new claim, and the invoice draft made.</summary>
public sealed record OrderInvoiceCreated(OrderView Order, InvoiceView Invoice);
