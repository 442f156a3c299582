namespace InvoiceFunctions.Application.Ledger;

/// <summary>Whether the company issued the invoice or received it.</summary>
public enum InvoiceDirection
{
    /// <summary>Issued by the company to a customer; numbered here.</summary>
    Sales,

    /// <summary>Received from a supplier, with the supplier's number.</summary>
    Purchase,
}
