namespace InvoiceFunctions.Core.Payments.Matching;

/// <summary>Part of a payment applied to an invoice.</summary>
/// <param name="InvoiceId">The invoice's ledger id.</param>
/// <param name="InvoiceNumber">The invoice number, for display.</param>
/// <param name="Amount">The amount applied.</param>
/// <param name="Settles">Whether it pays what remained of the invoice.</param>
public sealed record Allocation(string InvoiceId, string InvoiceNumber, decimal Amount, bool Settles);
