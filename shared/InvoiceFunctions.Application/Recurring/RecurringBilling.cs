using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Recurring;
using InvoiceFunctions.Core.Totals;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>
/// Bills a subscription's due periods, oldest first, each exactly once: the period is claimed
/// (<see cref="ISubscriptionStore.TryClaimPeriodAsync"/>) and the invoice id chosen before the draft exists, the
/// draft (the period's lines, BG-14) goes through the issue pipeline like any invoice (validated, gapless number,
/// Factur-X, archive, delivery), then the subscription moves on. A refusal pauses the subscription with the reason;
/// the others in the run go on.
/// </summary>
public sealed class RecurringBilling(ISubscriptionStore store, DraftService drafts, IssuePipeline pipeline, TimeProvider time)
{
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
        catch (Exception ex) when (ex is LedgerValidationException or InvoiceStateException or RequestValidationException or InvoiceRulesException)
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
        if (claim.InvoiceId is null)
        {
            // The id is kept with the claim before the draft is written: a retry drafts the same invoice, never a second one.
            claim = claim with { InvoiceId = LedgerIds.NewInvoiceId(time.GetUtcNow()) };
            await store.SavePeriodAsync(subscription.Company, claim, cancellationToken);
        }

        var invoice = await drafts.CreateWithIdAsync(subscription.Company, claim.InvoiceId!, Draft(subscription, period), actor, cancellationToken);
        if (invoice.Status is InvoiceStatus.Draft or InvoiceStatus.Issuing)
        {
            await pipeline.RequestAsync(subscription.Company, invoice.Id, null, actor, cancellationToken);
        }

        await store.SavePeriodAsync(subscription.Company, claim with { Issued = true }, cancellationToken);
        return invoice.Id;
    }

    /// <summary>The period's draft: each line at the price in force on its first day, a partial period prorated by days (one unit at the prorated amount).</summary>
    public static InvoiceDraft Draft(Subscription subscription, BillingPeriod period)
    {
        var schedule = subscription.Terms.Schedule;
        var index = schedule.IndexOnOrBefore(period.Start);
        var full = new BillingPeriod(period.Sequence, schedule.Boundary(index), schedule.Boundary(index + 1), period.InvoiceDate, false);
        var billed = new Period(period.Start, period.LastDay);
        var lines = subscription.Lines.Select(line =>
        {
            var price = PriceChange.InForce(line.UnitPrice, line.PriceChanges ?? [], period.Start);
            return period.IsPartial
                ? new DraftLine(1m, Name: line.Description, Description: $"{line.Quantity} x {price} prorata {period.Days}/{full.Days}", UnitPrice: Proration.ForPartial(period, full, Money.Round2(line.Quantity * price)), VatRate: line.VatRatePercent, Period: billed)
                : new DraftLine(line.Quantity, Name: line.Description, UnitPrice: price, VatRate: line.VatRatePercent, Period: billed);
        }).ToList();
        return new InvoiceDraft(subscription.CustomerId, lines, subscription.Currency, DueDate: period.InvoiceDate.AddDays(subscription.PaymentDays), InvoicingPeriod: billed, ContractReference: subscription.Id);
    }
}
