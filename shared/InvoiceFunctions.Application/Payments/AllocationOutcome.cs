using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Payments;

/// <summary>The invoice and payment after an allocation, and whether this call made it (false: it existed already).</summary>
public sealed record AllocationOutcome(LedgerInvoice Invoice, Payment Payment, bool Applied);
