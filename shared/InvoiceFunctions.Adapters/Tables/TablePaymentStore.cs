using Azure;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Payments;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>
/// Payments in table Ledger (<see cref="PaymentRows"/>), in the company's partition with its invoices, so an allocation
/// is one entity group transaction: add the allocation row, replace the invoice (its ETag) and add its event, replace
/// the payment (its ETag). A retry collides on the allocation row (409), re-reads, finds it and changes nothing.
/// </summary>
public sealed class TablePaymentStore(StorageClients clients) : IPaymentStore
{
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.Ledger);

    public Task<bool> TryAddAsync(Payment payment, CancellationToken cancellationToken) =>
        TableWrites.TryAddAsync(table, PaymentRows.ToEntity(payment), cancellationToken);

    public async Task<Payment?> FindAsync(CompanyId company, string paymentId, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(company.Value, PaymentRows.Payment(paymentId), cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? PaymentRows.ToPayment(entity) : null;
    }

    public Task<ResultPage<Payment>> ListAsync(CompanyId company, bool reviewOnly, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        var filter = TableFilters.Prefix(company.Value, PaymentRows.PaymentPrefix);
        if (reviewOnly)
        {
            filter += " and " + TableClient.CreateQueryFilter($"NeedsReview eq {true}");
        }

        return TablePages.ReadAsync(table, filter, pageSize, continuation, PaymentRows.ToPayment, cancellationToken);
    }

    public async Task<IReadOnlyList<PaymentAllocation>> AllocationsAsync(CompanyId company, string paymentId, CancellationToken cancellationToken)
    {
        var allocations = new List<PaymentAllocation>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableFilters.Prefix(company.Value, PaymentRows.AllocationPrefix(paymentId)), cancellationToken: cancellationToken))
        {
            allocations.Add(PaymentRows.ToAllocation(row));
        }

        return allocations;
    }

    public Task<Payment> UpdateAsync(CompanyId company, string paymentId, Func<Payment, Payment> change, CancellationToken cancellationToken) =>
        OptimisticRetry.RunAsync($"Payment '{paymentId}'", async () =>
        {
            var current = await FindAsync(company, paymentId, cancellationToken) ?? throw new PaymentNotFoundException(paymentId);
            var next = change(current);
            if (next == current)
            {
                return current with { Version = null };
            }

            await table.UpdateEntityAsync(PaymentRows.ToEntity(next), new ETag(current.Version!), TableUpdateMode.Replace, cancellationToken);
            return next with { Version = null };
        }, cancellationToken);

    public Task<AllocationOutcome> AllocateAsync(
        CompanyId company, string paymentId, string invoiceId, Func<LedgerInvoice, Payment, (InvoiceChange Invoice, Payment Payment)> decide, string actor,
        CancellationToken cancellationToken) =>
        OptimisticRetry.RunAsync($"Allocation of payment '{paymentId}' to invoice '{invoiceId}'", async () =>
        {
            var invoiceRow = await table.GetEntityIfExistsAsync<TableEntity>(company.Value, LedgerRows.Invoice(invoiceId), cancellationToken: cancellationToken);
            var invoice = invoiceRow.HasValue && invoiceRow.Value is { } i ? LedgerRows.ToInvoice(i) : throw new InvoiceNotFoundException(invoiceId);
            var payment = await FindAsync(company, paymentId, cancellationToken) ?? throw new PaymentNotFoundException(paymentId);
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(company.Value, PaymentRows.Allocation(paymentId, invoiceId), cancellationToken: cancellationToken);
            if (existing.HasValue)
            {
                return new AllocationOutcome(invoice with { Version = null }, payment with { Version = null }, false);
            }

            var (change, paid) = decide(invoice, payment);
            var allocation = new PaymentAllocation(paymentId, invoiceId, paid.Allocated - payment.Allocated, change.Event.At, actor);
            await table.SubmitTransactionAsync(
            [
                new(TableTransactionActionType.Add, PaymentRows.ToEntity(company, allocation)),
                new(TableTransactionActionType.UpdateReplace, LedgerRows.ToEntity(change.Updated), new ETag(invoice.Version!)),
                .. FeedRows.EventActions(change),
                new(TableTransactionActionType.UpdateReplace, PaymentRows.ToEntity(paid), new ETag(payment.Version!)),
            ], cancellationToken);
            return new AllocationOutcome(change.Updated with { Version = null }, paid with { Version = null }, true);
        }, cancellationToken);
}
