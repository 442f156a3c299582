namespace InvoiceFunctions.Application.Ledger;

/// <summary>The new state of an invoice and the history event that records the change, written together or not at all.</summary>
public sealed record InvoiceChange(LedgerInvoice Updated, InvoiceEvent Event);
