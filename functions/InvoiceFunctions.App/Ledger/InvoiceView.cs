using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.App.Ledger;

/// <summary>An invoice as the API shows it.</summary>
public sealed record InvoiceView(
    string Id, InvoiceDirection Direction, string? Number, InvoiceStatus Status, int? LifecycleCode, LifecycleStatus? Lifecycle,
    string CounterpartyId, DateOnly? IssueDate, DateOnly? DueDate, InvoiceAmounts Amounts, decimal Paid, decimal Balance,
    SourceChannel Source, IReadOnlyList<ArchiveReference> Archive, string? DuplicateOf, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    InvoiceKind Kind, IssueProgress? IssueStage, string? CorrectedInvoiceId, decimal Credited, IReadOnlyList<string>? CreditNotes, bool HasDocument, string? ETag)
{
    public static InvoiceView From(LedgerInvoice i) => new(
        i.Id, i.Direction, i.Number, i.Status, (int?)i.Lifecycle, i.Lifecycle, i.CounterpartyId, i.IssueDate, i.DueDate, i.Amounts, i.Paid, i.Balance,
        i.Source, i.Archive, i.DuplicateOf, i.CreatedAt, i.UpdatedAt, i.Kind, i.Status == InvoiceStatus.Issuing ? i.Stage : null, i.CorrectedInvoiceId, i.Credited,
        i.CreditNotes, i.Document is not null, i.Version);
}
