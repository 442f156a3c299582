using InvoiceFunctions.Application.Ledger;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>
/// Tells an invoice's dunning what happened, for the invoices that are dunned (issued sales invoices with a due date).
/// Events are a wake-up only: one lost after the ledger write costs a delay, never a wrong reminder, because the
/// orchestration re-reads the invoice before every step; so they never fail the operation that raised them.
/// </summary>
public sealed class DunningNotifier(IDunningSignals signals, ILogger<DunningNotifier>? logger = null)
{
    private readonly ILogger log = logger ?? NullLogger<DunningNotifier>.Instance;

    public static bool IsDunned(LedgerInvoice invoice) =>
        invoice is { Direction: InvoiceDirection.Sales, Kind: InvoiceKind.Invoice, DueDate: not null, Number: not null };

    /// <summary>Starts the invoice's dunning; throws when the signal could not be queued (the caller's retry sends it again).</summary>
    public Task StartAsync(LedgerInvoice invoice, CancellationToken cancellationToken) =>
        IsDunned(invoice) ? signals.SendAsync(new DunningSignal(invoice.Company.Value, invoice.Id, DunningEvent.Start), cancellationToken) : Task.CompletedTask;

    public async Task NotifyAsync(LedgerInvoice invoice, DunningEvent @event, CancellationToken cancellationToken)
    {
        if (!IsDunned(invoice))
        {
            return;
        }

        try
        {
            await signals.SendAsync(new DunningSignal(invoice.Company.Value, invoice.Id, @event), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.SignalLost(invoice.Company.Value, invoice.Id, @event, ex.Message);
        }
    }

    /// <summary>The event a change of status means for dunning, if any.</summary>
    public static DunningEvent? EventOf(InvoiceStatus before, InvoiceStatus after) => (before, after) switch
    {
        (_, InvoiceStatus.Paid) or (_, InvoiceStatus.PartiallyPaid) when before != after => DunningEvent.PaymentReceived,
        (not InvoiceStatus.Disputed, InvoiceStatus.Disputed) => DunningEvent.DisputeOpened,
        (InvoiceStatus.Disputed, not InvoiceStatus.Disputed) => DunningEvent.DisputeClosed,
        (_, InvoiceStatus.Credited or InvoiceStatus.Cancelled) when before != after => DunningEvent.CreditNoteIssued,
        _ => null,
    };
}
