namespace InvoiceFunctions.Application.Orders;

/// <summary>How much of an order is invoiced.</summary>
public enum OrderStatus
{
    Open,
    PartiallyInvoiced,
    Invoiced,
}
