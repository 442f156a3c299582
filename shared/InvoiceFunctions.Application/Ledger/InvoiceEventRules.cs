namespace InvoiceFunctions.Application.Ledger;

/// <summary>
/// The events other parts of the pipeline report on an invoice (rendering, delivery, dunning, disputes, credit
/// notes) and the status each leads to, as one pure table. Events with their own command (created, issued,
/// archived, payment, lifecycle status) are not accepted here.
/// </summary>
public static class InvoiceEventRules
{
    public static bool IsReportable(InvoiceEventType type) => type is
        InvoiceEventType.Validated or InvoiceEventType.Rendered or InvoiceEventType.Sent or InvoiceEventType.Delivered or InvoiceEventType.Bounced or InvoiceEventType.DeliveryFailed
        or InvoiceEventType.Acknowledged or InvoiceEventType.Reminded or InvoiceEventType.Overdue or InvoiceEventType.Disputed
        or InvoiceEventType.Cancelled or InvoiceEventType.Credited;

    /// <summary>The status after <paramref name="type"/>, or null when the invoice's status does not allow it.</summary>
    public static InvoiceStatus? StatusAfter(LedgerInvoice invoice, InvoiceEventType type, DateOnly today)
    {
        var s = invoice.Status;
        var closed = s is InvoiceStatus.Cancelled or InvoiceStatus.Credited;
        var open = !closed && s is not (InvoiceStatus.Draft or InvoiceStatus.Issuing);
        return type switch
        {
            InvoiceEventType.Validated or InvoiceEventType.Rendered => closed || s == InvoiceStatus.Issuing ? null : s,
            InvoiceEventType.Sent => open ? LifecycleMapping.Advance(s, InvoiceStatus.Sent) : null,
            InvoiceEventType.Delivered => open ? LifecycleMapping.Advance(s, InvoiceStatus.Delivered) : null,
            InvoiceEventType.Acknowledged => open ? LifecycleMapping.Advance(s, InvoiceStatus.Acknowledged) : null,
            InvoiceEventType.Bounced or InvoiceEventType.DeliveryFailed => open ? s : null,
            InvoiceEventType.Reminded => open && s != InvoiceStatus.Paid ? s : null,
            InvoiceEventType.Overdue => open && s is not (InvoiceStatus.Paid or InvoiceStatus.Disputed) && invoice.Balance > 0 && invoice.DueDate < today ? InvoiceStatus.Overdue : null,
            InvoiceEventType.Disputed => open ? InvoiceStatus.Disputed : null,
            InvoiceEventType.Cancelled => s == InvoiceStatus.Draft ? InvoiceStatus.Cancelled : null,
            InvoiceEventType.Credited => open ? InvoiceStatus.Credited : null,
            _ => null,
        };
    }
}
