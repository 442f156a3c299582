namespace InvoiceFunctions.Application.Ledger;

/// <summary>What happened to an invoice: one append-only history row each.</summary>
public enum InvoiceEventType
{
    Created,
    Validated,
    Issued,
    Rendered,
    Archived,
    Sent,
    Delivered,
    Bounced,
    Acknowledged,
    Reminded,
    PaymentRecorded,
    Disputed,
    Cancelled,
    Credited,
    LifecycleStatusReceived,
    DuplicateSuspected,
    Overdue,
    IssueRequested,
    IssueRefused,
    Numbered,
    DraftEdited,
    CreditApplied,
}
