using InvoiceFunctions.Application.Issuing;

namespace InvoiceFunctions.Application.Orders;

/// <summary>What to invoice of an order: a deposit of a percentage of what remains, some lines and quantities, or (neither) all that remains.</summary>
public sealed record OrderInvoiceRequest(IReadOnlyList<LineQuantity>? Lines = null, decimal? DepositPercent = null);
