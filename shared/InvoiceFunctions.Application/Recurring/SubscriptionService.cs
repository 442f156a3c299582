using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Recurring;
using InvoiceFunctions.Core.Time;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>Creates, reads and changes subscriptions (pause, resume, cancel).</summary>
public sealed class SubscriptionService(ISubscriptionStore store, IPartyStore parties, BillingProfileService profiles, TimeProvider time)
{
    public async Task<Subscription> CreateAsync(CompanyId company, NewSubscription request, CancellationToken cancellationToken)
    {
        var errors = request.Validate().ToList();
        if (errors.Count == 0 && (await parties.FindAsync(company, request.CustomerId!, cancellationToken))?.Role != PartyRole.Customer)
        {
            errors.Add(new FieldError("customerId", "Not a customer of this company."));
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var terms = new SubscriptionTerms(request.Schedule!, request.Start, request.LastDay, request.MaxPeriods, request.Timing);
        var subscription = new Subscription(
            company, request.Id!, request.CustomerId!, request.Currency!, request.Lines!, terms, request.PaymentDays,
            SubscriptionStatus.Active, null, BillingCalendar.NextInvoiceDate(terms, null), null, time.GetUtcNow(), Send: request.Send);
        return await store.TryAddAsync(subscription, cancellationToken)
            ? subscription
            : throw new ResourceExistsException("Subscription", request.Id!);
    }

    public async Task<Subscription> GetAsync(CompanyId company, string id, CancellationToken cancellationToken) =>
        await store.FindAsync(company, id, cancellationToken) ?? throw new SubscriptionNotFoundException(id);

    /// <param name="status">Only those in this status (the paused ones to look after, for example); null for all.</param>
    public Task<ResultPage<Subscription>> ListAsync(CompanyId company, SubscriptionStatus? status, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        store.ListAsync(company, status, Math.Clamp(pageSize, 1, 200), continuation, cancellationToken);

    public Task<Subscription> PauseAsync(CompanyId company, string id, CancellationToken cancellationToken) =>
        ChangeAsync(company, id, s => s.Status == SubscriptionStatus.Active ? s with { Status = SubscriptionStatus.Paused, PausedReason = "paused by the company" } : Refuse(s, "paused"), cancellationToken);

    /// <summary>Resumes billing; periods missed while paused are billed by the next run.</summary>
    public Task<Subscription> ResumeAsync(CompanyId company, string id, CancellationToken cancellationToken) =>
        ChangeAsync(company, id, s => s.Status == SubscriptionStatus.Paused ? s with { Status = SubscriptionStatus.Active, PausedReason = null, PausedAt = null, PauseAlerted = false } : Refuse(s, "resumed"), cancellationToken);

    /// <summary>Cancels at the end of the current period: the period being billed is the last.</summary>
    public async Task<Subscription> CancelAtPeriodEndAsync(CompanyId company, string id, CancellationToken cancellationToken)
    {
        var today = await TodayAsync(company, cancellationToken);
        return await ChangeAsync(company, id, s =>
        {
            RefuseEnded(s);
            var current = BillingCalendar.Periods(s.Terms).TakeWhile(p => p.Start <= today).LastOrDefault();
            var lastDay = current?.LastDay ?? s.Terms.Start.AddDays(-1);
            var terms = s.Terms with { LastDay = s.Terms.LastDay is { } end && end < lastDay ? end : lastDay };
            var next = BillingCalendar.NextInvoiceDate(terms, s.LastInvoicedStart);
            return s with { Terms = terms, NextInvoiceDate = next, Status = next is null ? SubscriptionStatus.Cancelled : s.Status };
        }, cancellationToken);
    }

    /// <summary>Today in the company's time zone (its billing profile).</summary>
    public async Task<DateOnly> TodayAsync(CompanyId company, CancellationToken cancellationToken) =>
        LocalClock.LocalDate(time.GetUtcNow(), (await profiles.GetAsync(company, cancellationToken)).Zone());

    /// <summary>Applies <paramref name="change"/> to the subscription as stored now; read again and re-applied when a billing run moved it meanwhile.</summary>
    public async Task<Subscription> ChangeAsync(CompanyId company, string id, Func<Subscription, Subscription> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var current = await GetAsync(company, id, cancellationToken);
            if (await store.TryUpdateAsync(current, change(current), cancellationToken) is { } changed)
            {
                return changed;
            }
        }

        throw new ConcurrencyConflictException($"Subscription '{id}'", 5);
    }

    /// <summary>Refuses to cancel a subscription that is over already.</summary>
    public static void RefuseEnded(Subscription subscription)
    {
        if (subscription.Status is SubscriptionStatus.Cancelled or SubscriptionStatus.Ended)
        {
            Refuse(subscription, "cancelled");
        }
    }

    private static Subscription Refuse(Subscription subscription, string action) =>
        throw new RequestValidationException([new FieldError("status", $"Subscription '{subscription.Id}' is {subscription.Status}: it cannot be {action}.")]);
}
