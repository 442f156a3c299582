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
}
