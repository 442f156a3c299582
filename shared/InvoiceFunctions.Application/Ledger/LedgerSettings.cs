namespace InvoiceFunctions.Application.Ledger;

/// <summary>A company's ledger settings.</summary>
public sealed record LedgerSettings(DuplicatePolicy DuplicatePolicy = DuplicatePolicy.Warn);
