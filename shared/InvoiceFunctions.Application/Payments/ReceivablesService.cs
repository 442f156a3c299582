using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Payments.Receivables;

namespace InvoiceFunctions.Application.Payments;

/// <summary>
/// Aged receivables (sales) or payables (purchases) per party and for the company on a day: each open invoice's balance
/// by days past due, each payment's unallocated rest as the party's credit (negative, dated the payment's day).
/// </summary>
public sealed class ReceivablesService(OpenInvoices invoices, IPaymentStore payments, TimeProvider time)
{
    public async Task<AgingReport> AgingAsync(CompanyId company, InvoiceDirection side, DateOnly? asOf, string? partyId, CancellationToken cancellationToken)
    {
        var items = new List<OpenItem>();
        foreach (var invoice in await invoices.AllAsync(company, cancellationToken))
        {
            if (invoice.Direction == side && OpenInvoices.IsOpen(invoice))
            {
                var due = invoice.DueDate ?? invoice.IssueDate ?? DateOnly.FromDateTime(invoice.CreatedAt.UtcDateTime);
                items.Add(new OpenItem(invoice.Id, invoice.CounterpartyId, invoice.Amounts.Currency, invoice.Balance, due));
            }
        }

        string? continuation = null;
        do
        {
            var page = await payments.ListAsync(company, false, 1000, continuation, cancellationToken);
            items.AddRange(page.Items
                .Where(p => p.Direction == side && p.PartyId is not null && p.Unallocated > 0m)
                .Select(p => new OpenItem(p.Id, p.PartyId!, p.Currency, -p.Unallocated, p.Date)));
            continuation = page.Continuation;
        }
        while (continuation is not null);

        var day = asOf ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return AgedReceivables.Compute(partyId is null ? items : items.Where(i => i.PartyId == partyId), day);
    }
}
