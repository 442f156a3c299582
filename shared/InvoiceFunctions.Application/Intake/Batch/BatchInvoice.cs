using InvoiceFunctions.Application.Issuing;

namespace InvoiceFunctions.Application.Intake.Batch;

/// <summary>
/// One sales invoice of a batch: its own number and date (from the software that made it), the customer (a contact id,
/// or who it is: found by VAT id / SIREN / name or added), and lines as the draft API takes them (catalogue products or
/// name + unit price + VAT rate). The seller is the company with its billing profile.
/// </summary>
public sealed record BatchInvoice(
    string? Number,
    DateOnly? IssueDate,
    BatchCustomer? Customer,
    IReadOnlyList<DraftLine>? Lines,
    string? Currency = "EUR",
    DateOnly? DueDate = null,
    string? PaymentTerms = null,
    string? PurchaseOrderReference = null,
    string? ContractReference = null,
    IReadOnlyList<string>? Notes = null);
