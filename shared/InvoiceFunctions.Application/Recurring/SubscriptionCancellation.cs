using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Recurring;
using InvoiceFunctions.Core.Totals;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>
/// Cancels a subscription now (company-local today is the first day not billed). When the running period was
/// invoiced already, its unused days are credited by a credit note (381, BT-25 = the period's invoice) issued
/// through the pipeline, exactly once: claimed like a period's invoice (<see cref="PeriodDocument.CreditNote"/>),
/// so a retried or concurrent cancellation ends on the same credit note.
/// </summary>
public sealed class SubscriptionCancellation(SubscriptionService subscriptions, ISubscriptionStore store, SubscriptionDocuments documents, DraftService drafts, TimeProvider time)
{
    public async Task<Subscription> CancelNowAsync(CompanyId company, string id, CancellationToken cancellationToken)
    {
        var today = await subscriptions.TodayAsync(company, cancellationToken);
        var subscription = await subscriptions.GetAsync(company, id, cancellationToken);
        SubscriptionService.RefuseEnded(subscription);
        var credit = await CreditUnusedAsync(subscription, today, cancellationToken);
        return await subscriptions.ChangeAsync(company, id, s =>
        {
            SubscriptionService.RefuseEnded(s);
            var lastDay = today.AddDays(-1);
            var terms = s.Terms with { LastDay = s.Terms.LastDay is { } end && end < lastDay ? end : lastDay };

            // A period billed in arrears and not invoiced yet stays due for its used days (a stub), billed by the next run.
            var next = BillingCalendar.NextInvoiceDate(terms, s.LastInvoicedStart);
            return s with { Terms = terms, NextInvoiceDate = next, Status = next is null ? SubscriptionStatus.Cancelled : s.Status, CancelledOn = today, CreditNoteId = credit?.InvoiceId };
        }, cancellationToken);
    }

    private async Task<PeriodClaim?> CreditUnusedAsync(Subscription subscription, DateOnly today, CancellationToken cancellationToken)
    {
        if (BillingCalendar.Containing(subscription.Terms, today) is not { } period || Proration.Fraction(period, today, period.EndExclusive) == 0m)
        {
            return null;
        }

        var claims = await store.ClaimsAsync(subscription.Company, subscription.Id, cancellationToken);
        if (claims.FirstOrDefault(c => c.Kind == PeriodDocument.Invoice && c.PeriodStart == period.Start) is not { } invoiced)
        {
            return null;
        }

        var unused = period.EndExclusive.DayNumber - today.DayNumber;
        var reason = $"Subscription {subscription.Id} cancelled on {today:yyyy-MM-dd}: {unused}/{period.Days} days of {period.Start:yyyy-MM-dd}..{period.LastDay:yyyy-MM-dd} unused.";
        return await documents.IssueOnceAsync(
            subscription.Company,
            new PeriodClaim(subscription.Id, period.Start, LedgerIds.NewInvoiceId(time.GetUtcNow()), false, PeriodDocument.CreditNote),
            (creditId, ct) => drafts.CreateCreditNoteWithIdAsync(
                subscription.Company, creditId, invoiced.InvoiceId, original => CreditLines(original, period, today), reason, documents.Actor(subscription.Id), ct),
            cancellationToken);
    }

    /// <summary>Each invoiced line's unused share (one unit at the prorated net amount), over [today, end of period].</summary>
    public static IReadOnlyList<DraftLine> CreditLines(InvoiceDraft invoiced, BillingPeriod period, DateOnly today)
    {
        var unused = new Period(today, period.LastDay);
        var days = $"{period.EndExclusive.DayNumber - today.DayNumber}/{period.Days}";
        return (invoiced.Lines ?? []).Select(line => new DraftLine(
            1m,
            Name: line.Name,
            Description: $"unused {days} days",
            UnitPrice: Proration.UnusedCredit(period, Money.Round2(line.Quantity * (line.UnitPrice ?? 0m)), today),
            VatRate: line.VatRate,
            VatCategory: line.VatCategory,
            Period: unused)).ToList();
    }
}
