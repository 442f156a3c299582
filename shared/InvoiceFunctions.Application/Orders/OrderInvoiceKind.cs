namespace InvoiceFunctions.Application.Orders;

/// <summary>What an invoice of an order is: a deposit (type 386, a share of what remains), some of the lines, or the last of them.</summary>
public enum OrderInvoiceKind
{
    Deposit,
    Partial,
    Final,
}
