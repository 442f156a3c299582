using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Quotes;

namespace InvoiceFunctions.Application.Orders;

/// <summary>Orders from accepted quotes or taken directly, and the invoices made from them (deposit, partial, final).</summary>
public sealed class OrderService(IOrderStore store, DraftService drafts, TimeProvider time)
{
    private const int MaxAttempts = 5;

    public async Task<SalesOrder> CreateAsync(CompanyId company, NewOrder request, CancellationToken cancellationToken)
    {
        if (request.Content is null)
        {
            throw new LedgerValidationException([new FieldError("content", "Required: customerId, lines... as for an invoice draft.")]);
        }

        var (document, _, _) = await drafts.PrepareAsync(company, new DocumentDraft(request.Content), cancellationToken);
        var now = time.GetUtcNow();
        var order = New(company, LedgerIds.NewId("ord", now), null, null, document.Draft, now);
        await store.TryAddAsync(order, cancellationToken);
        return order;
    }

    /// <summary>The order of an accepted quote, under the id "ord-" + the quote's: made once however often it is asked.</summary>
    public async Task<SalesOrder> CreateFromQuoteAsync(Quote quote, CancellationToken cancellationToken)
    {
        var id = "ord-" + quote.Id["quo-".Length..];
        var order = New(quote.Company, id, quote.Id, quote.Number, quote.Content, time.GetUtcNow());
        return await store.TryAddAsync(order, cancellationToken) ? order : await GetAsync(quote.Company, id, cancellationToken);
    }

    public async Task<SalesOrder> GetAsync(CompanyId company, string id, CancellationToken cancellationToken) =>
        (LedgerIds.IsId(id) ? await store.FindAsync(company, id, cancellationToken) : null) ?? throw new ResourceNotFoundException("Order", id);

    public Task<ResultPage<SalesOrder>> ListAsync(CompanyId company, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        store.ListAsync(company, Math.Clamp(pageSize, 1, 1000), continuation, cancellationToken);

    /// <summary>
    /// Claims the next invoice on the order (quantities and the invoice id, conditional on the version read), then drafts
    /// it under that id. Invoices claimed by an earlier call that crashed before drafting are drafted first.
    /// </summary>
    public async Task<(SalesOrder Order, LedgerInvoice Invoice)> InvoiceAsync(CompanyId company, string id, OrderInvoiceRequest request, string actor, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var order = await GetAsync(company, id, cancellationToken);
            foreach (var claimed in order.Invoices)
            {
                await drafts.CreateWithIdAsync(company, claimed.InvoiceId, claimed.Draft, actor, cancellationToken);
            }

            var (draft, kind, remaining) = OrderInvoicing.Plan(order, request);
            var (_, amounts, _) = await drafts.PrepareAsync(company, new DocumentDraft(draft), cancellationToken);
            var now = time.GetUtcNow();
            var claim = new OrderInvoice(LedgerIds.NewInvoiceId(now), kind, amounts.TaxInclusive, draft);
            var status = remaining.All(r => r == 0) ? OrderStatus.Invoiced : kind == OrderInvoiceKind.Deposit && order.Status == OrderStatus.Open ? OrderStatus.Open : OrderStatus.PartiallyInvoiced;
            try
            {
                var updated = await store.UpdateAsync(order with { Remaining = remaining, Invoices = [.. order.Invoices, claim], Status = status, UpdatedAt = now }, cancellationToken);
                return (updated, await drafts.CreateWithIdAsync(company, claim.InvoiceId, draft, actor, cancellationToken));
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
            }
        }
    }

    private static SalesOrder New(CompanyId company, string id, string? quoteId, string? quoteNumber, InvoiceDraft content, DateTimeOffset now) =>
        new(company, id, quoteId, quoteNumber, OrderStatus.Open, content, (content.Lines ?? []).Select(l => l.Quantity).ToList(), [], now, now);
}
