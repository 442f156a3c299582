namespace InvoiceFunctions.Application.Ledger;

/// <summary>
/// Which ledger changes integrators hear about, and under which event type (pure). The ledger store writes the
/// event into the company's feed in the same transaction as the change, so the feed has each once, never a lost one.
/// </summary>
public static class OutboundEventTypes
{
    public static string? Of(InvoiceChange change) => change.Event.Type switch
    {
        InvoiceEventType.Issued => change.Updated.Kind == InvoiceKind.CreditNote ? "creditnote.issued" : "invoice.issued",
        InvoiceEventType.IssueRefused => "invoice.issue_refused",
        InvoiceEventType.Sent => "invoice.sent",
        InvoiceEventType.Delivered => "invoice.delivered",
        InvoiceEventType.Acknowledged => "invoice.acknowledged",
        InvoiceEventType.Bounced => "invoice.bounced",
        InvoiceEventType.DeliveryFailed => "invoice.delivery_failed",
        InvoiceEventType.PaymentRecorded => change.Updated.Status == InvoiceStatus.Paid ? "invoice.paid" : "invoice.partially_paid",
        InvoiceEventType.Overdue => "invoice.overdue",
        InvoiceEventType.Reminded => "invoice.reminded",
        InvoiceEventType.Disputed => "invoice.disputed",
        InvoiceEventType.Cancelled => "invoice.cancelled",
        InvoiceEventType.Credited or InvoiceEventType.CreditApplied => "invoice.credited",
        InvoiceEventType.LifecycleStatusReceived => "invoice.lifecycle_status",
        InvoiceEventType.Imported => change.Updated.Direction == InvoiceDirection.Purchase ? "purchase.received" : "invoice.imported",
        InvoiceEventType.Approved => "purchase.approved",
        _ => null,
    };
}
