namespace InvoiceFunctions.Application.Ledger;

/// <summary>A company's ledger settings.</summary>
/// <param name="DuplicatePolicy">What a second invoice with the fingerprint of a recorded one does, whatever its door.</param>
/// <param name="DeliverImportedSales">Sales invoices imported from other billing software are delivered to the customer without a click.</param>
public sealed record LedgerSettings(DuplicatePolicy DuplicatePolicy = DuplicatePolicy.Warn, bool DeliverImportedSales = false);
