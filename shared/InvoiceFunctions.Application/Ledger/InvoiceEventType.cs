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

    /// <summary>A delivery could not be attempted (no receiver address, nothing archived...): the detail says why.</summary>
    DeliveryFailed,

    /// <summary>Entered through an intake door (upload, mailbox, partner webhook): the detail names the door and the file.</summary>
    Imported,

    /// <summary>A purchase invoice approved for payment (the detail carries the approver's comment).</summary>
    Approved,
}
