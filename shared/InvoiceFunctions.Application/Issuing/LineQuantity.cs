namespace InvoiceFunctions.Application.Issuing;

/// <summary>A line of a document by its number (BT-126: 1, 2...) and a quantity: what a credit note credits, what an order invoices.</summary>
public sealed record LineQuantity(int Line, decimal Quantity);
