namespace InvoiceFunctions.Application.Ledger;

/// <summary>
/// Maps a French lifecycle status onto the invoice status. Progress statuses never move an invoice backwards
/// (a late "received" after "taken over" leaves it acknowledged); payment and refusal statuses always apply.
/// </summary>
public static class LifecycleMapping
{
    public static InvoiceStatus Target(LifecycleStatus code) => code switch
    {
        LifecycleStatus.Deposited => InvoiceStatus.Issued,
        LifecycleStatus.Issued => InvoiceStatus.Sent,
        LifecycleStatus.Received or LifecycleStatus.MadeAvailable => InvoiceStatus.Delivered,
        LifecycleStatus.TakenOver or LifecycleStatus.Approved or LifecycleStatus.Completed => InvoiceStatus.Acknowledged,
        LifecycleStatus.PartiallyApproved or LifecycleStatus.Disputed or LifecycleStatus.Suspended => InvoiceStatus.Disputed,
        LifecycleStatus.PaymentTransmitted or LifecycleStatus.Cashed => InvoiceStatus.Paid,
        LifecycleStatus.Refused or LifecycleStatus.Rejected => InvoiceStatus.Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown lifecycle status."),
    };

    /// <summary>The status after <paramref name="code"/> is received for an invoice in <paramref name="current"/>.</summary>
    public static InvoiceStatus Apply(InvoiceStatus current, LifecycleStatus code) => Advance(current, Target(code));

    /// <summary><paramref name="target"/>, unless both are delivery progress statuses and it would be a step back.</summary>
    public static InvoiceStatus Advance(InvoiceStatus current, InvoiceStatus target) =>
        Progress(target) is { } next && Progress(current) is { } now && next <= now ? current : target;

    /// <summary>The rank of the delivery progress statuses; null for the others.</summary>
    private static int? Progress(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Issued => 1,
        InvoiceStatus.Sent => 2,
        InvoiceStatus.Delivered => 3,
        InvoiceStatus.Acknowledged => 4,
        _ => null,
    };
}
