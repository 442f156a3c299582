using InvoiceFunctions.Application.Issuing;

namespace InvoiceFunctions.Application.Orders;

/// <summary>An order taken directly (without a quote): the same content as an invoice draft.</summary>
public sealed record NewOrder(InvoiceDraft? Content);
