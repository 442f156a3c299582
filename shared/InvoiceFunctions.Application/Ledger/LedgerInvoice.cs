using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Ledger;

/// <summary>An invoice as the ledger keeps it (the document itself is in the archive).</summary>
/// <param name="Number">Invoice number (BT-1): given here when a sales invoice is issued, the supplier's for a purchase invoice.</param>
/// <param name="CounterpartyId">The customer (sales) or supplier (purchase) id in the company's contacts.</param>
/// <param name="SellerId">The seller's identifier (SIREN, VAT id...) used in the duplicate fingerprint.</param>
/// <param name="Paid">Sum of the payments recorded; <see cref="Balance"/> is what remains due.</param>
/// <param name="EventCount">Number of history events (the last event's sequence).</param>
/// <param name="Version">The storage ETag read with it: an update is refused when the row changed since.</param>
/// <param name="Stage">How far the issue pipeline has taken a document draft (<see cref="IssueProgress"/>).</param>
/// <param name="Document">The SHA-256 of the draft document this invoice is made from (documents container); null for records without one.</param>
/// <param name="Kind">Invoice or credit note.</param>
/// <param name="CorrectedInvoiceId">For a credit note, the invoice it credits (BT-25).</param>
/// <param name="Credited">Sum of the issued credit notes against this invoice; it reduces the balance.</param>
/// <param name="CreditNotes">The issued credit notes already applied (so a retried application counts once).</param>
public sealed record LedgerInvoice(
    CompanyId Company,
    string Id,
    InvoiceDirection Direction,
    string? Number,
    string? Series,
    InvoiceStatus Status,
    LifecycleStatus? Lifecycle,
    string CounterpartyId,
    string? SellerId,
    DateOnly? IssueDate,
    DateOnly? DueDate,
    InvoiceAmounts Amounts,
    decimal Paid,
    SourceChannel Source,
    IReadOnlyList<ArchiveReference> Archive,
    string? DuplicateOf,
    int EventCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Version = null,
    IssueProgress Stage = IssueProgress.None,
    string? Document = null,
    InvoiceKind Kind = InvoiceKind.Invoice,
    string? CorrectedInvoiceId = null,
    decimal Credited = 0m,
    IReadOnlyList<string>? CreditNotes = null)
{
    public decimal Balance => Amounts.Due - Paid - Credited;
}
