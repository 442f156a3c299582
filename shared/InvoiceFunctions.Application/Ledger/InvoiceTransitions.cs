namespace InvoiceFunctions.Application.Ledger;

/// <summary>The ledger's status rules as pure functions: the current invoice in, the change (or a refusal) out.</summary>
public static class InvoiceTransitions
{
    public static InvoiceChange Issue(LedgerInvoice invoice, InvoiceNumber number, DateOnly issueDate, DateTimeOffset now, string actor) =>
        invoice is { Status: InvoiceStatus.Draft, Direction: InvoiceDirection.Sales }
            ? Change(invoice with { Number = number.ToString(), Series = number.Series, IssueDate = issueDate }, InvoiceStatus.Issued, InvoiceEventType.Issued, now, actor, number.ToString())
            : throw new InvoiceStateException(invoice.Id, invoice.Status, "issued");

    public static InvoiceChange ApplyLifecycle(LedgerInvoice invoice, LifecycleStatus code, DateTimeOffset now, string actor)
    {
        if (invoice.Status is InvoiceStatus.Draft or InvoiceStatus.Issuing or InvoiceStatus.Cancelled or InvoiceStatus.Credited)
        {
            throw new InvoiceStateException(invoice.Id, invoice.Status, $"given lifecycle status {(int)code} {code}");
        }

        var status = LifecycleMapping.Apply(invoice.Status, code);
        return Change(invoice with { Lifecycle = code }, status, InvoiceEventType.LifecycleStatusReceived, now, actor, $"{(int)code} {code}");
    }

    public static InvoiceChange RecordPayment(LedgerInvoice invoice, decimal amount, DateTimeOffset now, string actor)
    {
        if (invoice.Status is InvoiceStatus.Draft or InvoiceStatus.Issuing or InvoiceStatus.Cancelled or InvoiceStatus.Credited or InvoiceStatus.Paid)
        {
            throw new InvoiceStateException(invoice.Id, invoice.Status, "paid");
        }

        var paid = invoice.Paid + amount;
        var status = invoice.Balance - amount <= 0 ? InvoiceStatus.Paid : InvoiceStatus.PartiallyPaid;
        return Change(invoice with { Paid = paid }, status, InvoiceEventType.PaymentRecorded, now, actor, amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
    }

    public static InvoiceChange Record(LedgerInvoice invoice, InvoiceEventType type, string? detail, DateOnly today, DateTimeOffset now, string actor) =>
        InvoiceEventRules.StatusAfter(invoice, type, today) is { } status
            ? Change(invoice, status, type, now, actor, detail)
            : throw new InvoiceStateException(invoice.Id, invoice.Status, $"given the event {type}");

    /// <summary>Purchase approval: to approve or disputed -> approved; to approve -> disputed.</summary>
    public static InvoiceChange DecideApproval(LedgerInvoice invoice, bool approve, string? comment, DateTimeOffset now, string actor)
    {
        var allowed = invoice.Direction == InvoiceDirection.Purchase
            && (invoice.Status == InvoiceStatus.ToApprove || (approve && invoice.Status == InvoiceStatus.Disputed));
        return allowed
            ? Change(invoice, approve ? InvoiceStatus.Approved : InvoiceStatus.Disputed, approve ? InvoiceEventType.Approved : InvoiceEventType.Disputed, now, actor, comment)
            : throw new InvoiceStateException(invoice.Id, invoice.Status, approve ? "approved" : "disputed");
    }

    /// <summary>Links an archive entry; in the issue pipeline it is the archive stage's step (rendered -> archived).</summary>
    public static InvoiceChange Archive(LedgerInvoice invoice, ArchiveReference reference, DateTimeOffset now, string actor)
    {
        var stage = invoice is { Status: InvoiceStatus.Issuing, Stage: IssueProgress.Rendered } ? IssueProgress.Archived : invoice.Stage;
        return Change(
            invoice with { Archive = [.. invoice.Archive, reference], Stage = stage }, invoice.Status, InvoiceEventType.Archived, now, actor, $"#{reference.Sequence} {reference.ManifestSha256}");
    }

    internal static InvoiceChange Change(LedgerInvoice invoice, InvoiceStatus status, InvoiceEventType type, DateTimeOffset now, string actor, string? detail)
    {
        var sequence = invoice.EventCount + 1;
        var updated = invoice with { Status = status, EventCount = sequence, UpdatedAt = now };
        return new InvoiceChange(updated, new InvoiceEvent(sequence, type, now, status, actor, detail));
    }
}
