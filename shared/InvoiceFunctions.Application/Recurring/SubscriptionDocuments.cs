using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>
/// The documents of subscription periods (invoices, cancellation credit notes): each issued once under its claim,
/// and listed with their state in the ledger.
/// </summary>
public sealed class SubscriptionDocuments(ISubscriptionStore store, ILedgerStore ledger, IssuePipeline pipeline)
{
    public string Actor(string subscriptionId) => $"recurring:{subscriptionId}";

    /// <summary>
    /// Claims the document under <paramref name="proposed"/>'s id (or finds the earlier claim and its id), drafts it
    /// with <paramref name="draft"/> unless it exists, hands it to the issue pipeline unless it is there already.
    /// A retry, a replayed activity or a second run at the same time ends on the same document.
    /// </summary>
    public async Task<PeriodClaim> IssueOnceAsync(
        CompanyId company, PeriodClaim proposed, Func<string, CancellationToken, Task<LedgerInvoice>> draft, CancellationToken cancellationToken)
    {
        var claim = await store.ClaimAsync(company, proposed, cancellationToken);
        if (claim.Issued)
        {
            return claim;
        }

        var invoice = await draft(claim.InvoiceId, cancellationToken);
        if (invoice.Status is InvoiceStatus.Draft or InvoiceStatus.Issuing)
        {
            try
            {
                // Issuing: the stage message may have been lost with a crashed host; sending it again is harmless (stages are idempotent).
                await pipeline.RequestAsync(company, invoice.Id, null, Actor(claim.SubscriptionId), cancellationToken);
            }
            catch (InvoiceStateException)
            {
                // Another run may have requested it between our read and our request: only a draft left behind is a failure.
                if ((await ledger.FindAsync(company, invoice.Id, cancellationToken))?.Status is InvoiceStatus.Draft or null)
                {
                    throw;
                }
            }
        }

        await store.MarkIssuedAsync(company, claim, cancellationToken);
        return claim with { Issued = true };
    }

    /// <summary>The subscription's documents (drafted at least), oldest period first, with their state in the ledger.</summary>
    public async Task<IReadOnlyList<SubscriptionDocument>> ListAsync(CompanyId company, string subscriptionId, CancellationToken cancellationToken)
    {
        var claims = await store.ClaimsAsync(company, subscriptionId, cancellationToken);
        var documents = new List<SubscriptionDocument>();
        foreach (var claim in claims)
        {
            // A claim whose document was never drafted (a cancellation refused while the invoice was still in the pipeline) shows nothing.
            if (await ledger.FindAsync(company, claim.InvoiceId, cancellationToken) is not { } invoice)
            {
                continue;
            }

            documents.Add(new SubscriptionDocument(
                claim.PeriodStart, claim.Kind, claim.InvoiceId, invoice.Status, invoice.Number, invoice.IssueDate, invoice.Amounts.TaxInclusive, invoice.Amounts.Currency));
        }

        return documents;
    }
}
