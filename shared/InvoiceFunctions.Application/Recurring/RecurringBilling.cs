using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Recurring;
using InvoiceFunctions.Core.Totals;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>
/// Bills a subscription's due periods, oldest first, each exactly once: the period is claimed
/// (<see cref="ISubscriptionStore.TryClaimPeriodAsync"/>) before its draft exists, the draft is issued
/// through the ledger (gapless number), then the subscription moves on. A failure pauses the subscription
/// with the reason; the others in the run go on.
/// </summary>
public sealed class RecurringBilling(ISubscriptionStore store, LedgerService ledger)
{
    public const string Series = "F";

    public Task<IReadOnlyList<(CompanyId Company, string Id)>> FindDueAsync(DateOnly day, CancellationToken cancellationToken) =>
        store.DueAsync(day, 10_000, cancellationToken);

    public async Task<BillingOutcome> BillAsync(CompanyId company, string subscriptionId, DateOnly today, CancellationToken cancellationToken)
    {
        var subscription = await store.FindAsync(company, subscriptionId, cancellationToken) ?? throw new SubscriptionNotFoundException(subscriptionId);
        var invoices = new List<string>();
        if (subscription.Status != SubscriptionStatus.Active)
        {
            return new BillingOutcome(company.Value, subscriptionId, invoices, null);
        }

        try
        {
            foreach (var period in BillingCalendar.Due(subscription.Terms, today, subscription.LastInvoicedStart, CatchUpPolicy.AllMissed))
            {
                invoices.Add(await BillPeriodAsync(subscription, period, cancellationToken));
                var next = BillingCalendar.NextInvoiceDate(subscription.Terms, period.Start);
                var billed = subscription with
                {
                    LastInvoicedStart = period.Start,
                    NextInvoiceDate = next,
                    Status = next is null ? SubscriptionStatus.Ended : SubscriptionStatus.Active,
                };
                await store.UpdateAsync(subscription, billed, cancellationToken);
                subscription = billed;
            }

            return new BillingOutcome(company.Value, subscriptionId, invoices, null);
        }
        catch (Exception ex) when (ex is LedgerValidationException or InvoiceStateException or RequestValidationException)
        {
            await store.UpdateAsync(subscription, subscription with { Status = SubscriptionStatus.Paused, PausedReason = ex.Message }, cancellationToken);
            return new BillingOutcome(company.Value, subscriptionId, invoices, ex.Message);
        }
    }

    private async Task<string> BillPeriodAsync(Subscription subscription, BillingPeriod period, CancellationToken cancellationToken)
    {
        var claim = await store.TryClaimPeriodAsync(subscription.Company, subscription.Id, period.Start, cancellationToken)
            ?? new PeriodClaim(subscription.Id, period.Start, null, false);
        if (claim.Issued)
        {
            return claim.InvoiceId!;
        }

        var actor = $"recurring:{subscription.Id}";
        LedgerInvoice? invoice = null;
        if (claim.InvoiceId is null)
        {
            var (net, vat) = Amounts(subscription, period);
            var draft = await ledger.CreateAsync(
                subscription.Company,
                new NewLedgerInvoice(InvoiceDirection.Sales, subscription.CustomerId, subscription.Currency, net, vat, net + vat, DueDate: period.InvoiceDate.AddDays(subscription.PaymentDays)),
                actor,
                cancellationToken);
            claim = claim with { InvoiceId = draft.Id };
            await store.SavePeriodAsync(subscription.Company, claim, cancellationToken);
            invoice = draft;
        }

        // A claim from an earlier attempt: the draft may have been issued since.
        invoice ??= await ledger.GetAsync(subscription.Company, claim.InvoiceId, cancellationToken);
        if (invoice.Status == InvoiceStatus.Draft)
        {
            await ledger.IssueAsync(subscription.Company, invoice.Id, Series, actor, cancellationToken);
        }

        await store.SavePeriodAsync(subscription.Company, claim with { Issued = true }, cancellationToken);
        return invoice.Id;
    }

    /// <summary>Net and VAT of a period: prices in force on its first day, prorated by days for a partial period, VAT per rate (BR-CO-17).</summary>
    public static (decimal Net, decimal Vat) Amounts(Subscription subscription, BillingPeriod period)
    {
        var schedule = subscription.Terms.Schedule;
        var index = schedule.IndexOnOrBefore(period.Start);
        var full = new BillingPeriod(period.Sequence, schedule.Boundary(index), schedule.Boundary(index + 1), period.InvoiceDate, false);
        var lines = subscription.Lines.Select(line =>
        {
            var amount = Money.Round2(line.Quantity * PriceChange.InForce(line.UnitPrice, line.PriceChanges ?? [], period.Start));
            return (Net: period.IsPartial ? Proration.ForPartial(period, full, amount) : amount, line.VatRatePercent);
        }).ToList();
        var net = lines.Sum(l => l.Net);
        var vat = lines.GroupBy(l => l.VatRatePercent).Sum(g => Money.Vat(g.Sum(l => l.Net), g.Key));
        return (net, vat);
    }
}
