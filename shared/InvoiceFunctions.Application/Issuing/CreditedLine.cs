namespace InvoiceFunctions.Application.Issuing;

/// <summary>One line of an invoice to credit: its number (BT-126) and the quantity.</summary>
public sealed record CreditedLine(int Line, decimal Quantity);
