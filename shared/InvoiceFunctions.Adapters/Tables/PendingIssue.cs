using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>An invoice waiting for its number in a series, and the answer its caller awaits.</summary>
internal sealed class PendingIssue(string invoiceId, LedgerInvoice? known, Func<LedgerInvoice, InvoiceNumber, InvoiceChange> change)
{
    public string InvoiceId { get; } = invoiceId;

    /// <summary>The row as the caller read it (no read needed), if it did.</summary>
    public LedgerInvoice? Known { get; } = known;

    public Func<LedgerInvoice, InvoiceNumber, InvoiceChange> Change { get; } = change;

    public TaskCompletionSource<LedgerInvoice> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
