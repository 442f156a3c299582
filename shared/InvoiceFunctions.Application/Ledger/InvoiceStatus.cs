namespace InvoiceFunctions.Application.Ledger;

/// <summary>Where an invoice stands. French platform lifecycle codes map onto it (<see cref="LifecycleMapping"/>).</summary>
public enum InvoiceStatus
{
    Draft,
    Issued,
    Sent,
    Delivered,
    Acknowledged,
    PartiallyPaid,
    Paid,
    Overdue,
    Disputed,
    Cancelled,
    Credited,

    /// <summary>In the issue pipeline (validated, numbered, rendered, archived): not yet visible as issued.</summary>
    Issuing,

    /// <summary>A purchase invoice received through an intake door, waiting for someone to approve or dispute it.</summary>
    ToApprove,

    /// <summary>A purchase invoice approved for payment.</summary>
    Approved,
}
