using System.Globalization;

namespace InvoiceFunctions.Application.Ledger;

/// <summary>
/// The issue pipeline's steps on the ledger row, as pure functions. Each step requires the stage before it, so a
/// retried or duplicated stage message finds nothing to do (<see cref="IssueProgress"/>); the invoice stays
/// <see cref="InvoiceStatus.Issuing"/>, never shown as issued, until the last step.
/// </summary>
public static class IssueTransitions
{
    public static InvoiceChange Request(LedgerInvoice invoice, string series, DateTimeOffset now, string actor) =>
        invoice is { Status: InvoiceStatus.Draft, Direction: InvoiceDirection.Sales, Document: not null }
            ? Step(invoice with { Series = series }, IssueProgress.Requested, InvoiceStatus.Issuing, InvoiceEventType.IssueRequested, now, actor, series)
            : throw new InvoiceStateException(invoice.Id, invoice.Status, "issued");

    public static InvoiceChange Validated(LedgerInvoice invoice, DateTimeOffset now, string actor) =>
        Step(Require(invoice, IssueProgress.Requested), IssueProgress.Validated, InvoiceStatus.Issuing, InvoiceEventType.Validated, now, actor, null);

    /// <summary>The document no longer passes the rules (e.g. the company profile changed): back to draft, nothing consumed.</summary>
    public static InvoiceChange Refuse(LedgerInvoice invoice, string detail, DateTimeOffset now, string actor) =>
        Step(Require(invoice, IssueProgress.Requested), IssueProgress.None, InvoiceStatus.Draft, InvoiceEventType.IssueRefused, now, actor, detail);

    public static InvoiceChange Number(LedgerInvoice invoice, InvoiceNumber number, DateOnly issueDate, DateOnly? dueDate, DateTimeOffset now, string actor) =>
        Step(
            Require(invoice, IssueProgress.Validated) with { Number = number.ToString(), Series = number.Series, IssueDate = issueDate, DueDate = dueDate },
            IssueProgress.Numbered, InvoiceStatus.Issuing, InvoiceEventType.Numbered, now, actor, number.ToString());

    public static InvoiceChange Rendered(LedgerInvoice invoice, string files, DateTimeOffset now, string actor) =>
        Step(Require(invoice, IssueProgress.Numbered), IssueProgress.Rendered, InvoiceStatus.Issuing, InvoiceEventType.Rendered, now, actor, files);

    public static InvoiceChange Issued(LedgerInvoice invoice, DateTimeOffset now, string actor) =>
        Step(Require(invoice, IssueProgress.Archived), IssueProgress.Issued, InvoiceStatus.Issued, InvoiceEventType.Issued, now, actor, invoice.Number);

    /// <summary>An issued credit note reduces the balance of the invoice it credits, once (null when already applied).</summary>
    public static InvoiceChange? ApplyCredit(LedgerInvoice invoice, LedgerInvoice creditNote, DateTimeOffset now, string actor)
    {
        if (invoice.CreditNotes?.Contains(creditNote.Id) == true)
        {
            return null;
        }

        if (invoice.Status is InvoiceStatus.Draft or InvoiceStatus.Issuing or InvoiceStatus.Cancelled)
        {
            throw new InvoiceStateException(invoice.Id, invoice.Status, "credited");
        }

        var credited = invoice with { Credited = invoice.Credited + creditNote.Amounts.TaxInclusive, CreditNotes = [.. invoice.CreditNotes ?? [], creditNote.Id] };
        var status = credited.Balance <= 0 && invoice.Status != InvoiceStatus.Paid ? InvoiceStatus.Credited : invoice.Status;
        var detail = string.Create(CultureInfo.InvariantCulture, $"{creditNote.Number} {creditNote.Amounts.TaxInclusive:0.00}");
        return InvoiceTransitions.Change(credited, status, InvoiceEventType.CreditApplied, now, actor, detail);
    }

    private static LedgerInvoice Require(LedgerInvoice invoice, IssueProgress stage) =>
        invoice.Status == InvoiceStatus.Issuing && invoice.Stage == stage
            ? invoice
            : throw new InvoiceStateException(invoice.Id, invoice.Status, $"moved past the {stage} stage (it is at {invoice.Stage})");

    private static InvoiceChange Step(LedgerInvoice invoice, IssueProgress stage, InvoiceStatus status, InvoiceEventType type, DateTimeOffset now, string actor, string? detail) =>
        InvoiceTransitions.Change(invoice with { Stage = stage }, status, type, now, actor, detail);
}
