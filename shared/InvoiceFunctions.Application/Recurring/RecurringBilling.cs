using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Recurring;
using InvoiceFunctions.Core.Totals;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>
/// Bills a subscription's due periods, oldest first, each exactly once: the period is claimed with the invoice's id
/// (<see cref="ISubscriptionStore.ClaimAsync"/>) before the draft exists, the draft (the period's lines, BG-14) goes
/// through the issue pipeline like any invoice (validated, gapless number, Factur-X, archive, delivery), then the
/// subscription moves on (conditionally on the version read, so two runs at once never step back). What is due
/// follows the company's time zone and catch-up setting (billing profile). A refusal pauses the subscription with
/// the reason; the others in the run go on.
/// </summary>
public sealed class RecurringBilling(
    ISubscriptionStore store, DraftService drafts, SubscriptionDocuments documents, BillingProfileService profiles, SubscriptionPauseAlerts alerts, TimeProvider time)
{
    private const int MaxAttempts = 10;

    /// <summary>
    /// A page of candidates for a run at <paramref name="now"/>: due on the UTC day after it, the furthest any time zone
    /// (UTC+14) has reached (each is checked in its company's zone), after the index key <paramref name="after"/>.
    /// </summary>
    public Task<DuePage> FindDuePageAsync(DateTimeOffset now, string? after, string? through, int max, CancellationToken cancellationToken) =>
        store.DuePageAsync(DateOnly.FromDateTime(now.UtcDateTime).AddDays(1), after, through, max, cancellationToken);

    public async Task<BillingOutcome> BillAsync(CompanyId company, string subscriptionId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var profile = await profiles.GetAsync(company, cancellationToken);
        var invoices = new List<string>();
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var subscription = await store.FindAsync(company, subscriptionId, cancellationToken) ?? throw new SubscriptionNotFoundException(subscriptionId);
            if (subscription.Status != SubscriptionStatus.Active)
            {
                // A retried run whose pause was stored but not yet alerted finishes the alert (and still reports the failure).
                var pending = SubscriptionPauseAlerts.Pending(subscription);
                if (pending)
                {
                    await alerts.AlertAsync(subscription, cancellationToken);
                }

                return new BillingOutcome(company.Value, subscriptionId, invoices, pending ? subscription.PausedReason : null);
            }

            try
            {
                if (await BillDueAsync(subscription, BillingCalendar.DueAt(subscription.Terms, now, profile.Zone(), subscription.LastInvoicedStart, profile.RecurringCatchUp), invoices, cancellationToken))
                {
                    return new BillingOutcome(company.Value, subscriptionId, invoices, null);
                }
            }
            catch (Exception ex) when (ex is LedgerValidationException or InvoiceStateException or RequestValidationException or InvoiceRulesException)
            {
                var pause = subscription with { Status = SubscriptionStatus.Paused, PausedReason = ex.Message, PausedAt = time.GetUtcNow(), PauseAlerted = false };
                if (await store.TryUpdateAsync(subscription, pause, cancellationToken) is { } paused)
                {
                    await alerts.AlertAsync(paused, cancellationToken);
                    return new BillingOutcome(company.Value, subscriptionId, invoices, ex.Message);
                }
            }
        }

        throw new ConcurrencyConflictException($"Subscription '{subscriptionId}'", MaxAttempts);
    }

    /// <returns>False when another run moved the subscription meanwhile: read it again (the claims keep what was issued).</returns>
    private async Task<bool> BillDueAsync(Subscription subscription, IReadOnlyList<BillingPeriod> due, List<string> invoices, CancellationToken cancellationToken)
    {
        foreach (var period in due)
        {
            var claim = await documents.IssueOnceAsync(
                subscription.Company,
                new PeriodClaim(subscription.Id, period.Start, LedgerIds.NewInvoiceId(time.GetUtcNow()), false),
                (id, ct) => drafts.CreateWithIdAsync(subscription.Company, id, Draft(subscription, period), documents.Actor(subscription.Id), ct),
                cancellationToken);
            if (!invoices.Contains(claim.InvoiceId))
            {
                invoices.Add(claim.InvoiceId);
            }

            var next = BillingCalendar.NextInvoiceDate(subscription.Terms, period.Start);
            var billed = subscription with
            {
                LastInvoicedStart = period.Start,
                NextInvoiceDate = next,
                Status = next is null ? SubscriptionStatus.Ended : SubscriptionStatus.Active,
            };
            if (await store.TryUpdateAsync(subscription, billed, cancellationToken) is not { } stored)
            {
                return false;
            }

            subscription = stored;
        }

        return true;
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
            var price = InvoicedPeriods.Price(line, period.Start);
            return period.IsPartial
                ? new DraftLine(1m, Name: line.Description, Description: $"{line.Quantity} x {price} prorata {period.Days}/{full.Days}", UnitPrice: Proration.ForPartial(period, full, Money.Round2(line.Quantity * price)), VatRate: line.VatRatePercent, Period: billed)
                : new DraftLine(line.Quantity, Name: line.Description, UnitPrice: price, VatRate: line.VatRatePercent, Period: billed);
        }).ToList();
        return new InvoiceDraft(subscription.CustomerId, lines, subscription.Currency, DueDate: period.InvoiceDate.AddDays(subscription.PaymentDays), InvoicingPeriod: billed, ContractReference: subscription.Id,
            Send: subscription.Send ? null : false);
    }
}
