using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Core.Payments.Matching;

namespace InvoiceFunctions.Application.Payments;

/// <summary>
/// The company's open invoices as the matcher sees them: numbered, issued, not cancelled or credited, with a balance. The
/// RF reference of a ledger invoice is the ISO 11649 reference of its number (<see cref="CreditorReference.Create"/>).
/// A credit note is never an open item: its amount is owed back to the customer (or already taken off the invoice it
/// corrects), so a bank credit must not settle it and the aged balance must not count it as a debt.
/// </summary>
public sealed class OpenInvoices(ILedgerStore ledger, IPartyStore parties)
{
    public static bool IsOpen(LedgerInvoice invoice) =>
        invoice.Kind != InvoiceKind.CreditNote && invoice.Balance > 0m && invoice.Status is not (InvoiceStatus.Draft or InvoiceStatus.Cancelled or InvoiceStatus.Credited or InvoiceStatus.Paid);

    /// <summary>Every invoice of the company (a scan of its partition, 1,000 a page).</summary>
    public async Task<IReadOnlyList<LedgerInvoice>> AllAsync(CompanyId company, CancellationToken cancellationToken)
    {
        var all = new List<LedgerInvoice>();
        string? continuation = null;
        do
        {
            var page = await ledger.QueryAsync(company, new InvoiceQuery(null, null, null, null, 1000, continuation), cancellationToken);
            all.AddRange(page.Items);
            continuation = page.Continuation;
        }
        while (continuation is not null);
        return all;
    }

    public async Task<IReadOnlyList<OpenInvoice>> LoadAsync(CompanyId company, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string? continuation = null;
        do
        {
            var page = await parties.ListAsync(company, null, 1000, continuation, cancellationToken);
            foreach (var party in page.Items)
            {
                names[party.Id] = party.Name;
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);

        return [.. (await AllAsync(company, cancellationToken)).Where(i => IsOpen(i) && i.Number is not null).Select(i => new OpenInvoice
        {
            Id = i.Id,
            Number = i.Number!,
            PartyId = i.CounterpartyId,
            PartyName = names.GetValueOrDefault(i.CounterpartyId, i.CounterpartyId),
            CreditorReference = CreditorReference.TryCreate(i.Number, out var rf) ? rf.Value : null,
            AmountDue = i.Balance,
            Currency = i.Amounts.Currency,
            IssueDate = i.IssueDate ?? DateOnly.FromDateTime(i.CreatedAt.UtcDateTime),
            DueDate = i.DueDate ?? i.IssueDate ?? DateOnly.FromDateTime(i.CreatedAt.UtcDateTime),
            Side = i.Direction == InvoiceDirection.Sales ? OpenItemSide.Receivable : OpenItemSide.Payable,
        })];
    }
}
