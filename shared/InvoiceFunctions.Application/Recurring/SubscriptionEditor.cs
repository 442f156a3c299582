using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Core.Recurring;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>
/// Edits a subscription for the periods not invoiced yet: replaces its content, schedule, start, timing and end
/// (If-Match required, the version read) or adds a price change from a date. Neither may rewrite an invoiced period;
/// the next invoice date (the due index) follows the new terms.
/// </summary>
public sealed class SubscriptionEditor(ISubscriptionStore store, IPartyStore parties, SubscriptionService subscriptions)
{
    public async Task<Subscription> UpdateAsync(CompanyId company, string id, SubscriptionUpdate update, string? ifMatch, CancellationToken cancellationToken)
    {
        var current = await subscriptions.GetAsync(company, id, cancellationToken);
        if (ifMatch is null)
        {
            throw new PreconditionRequiredException($"Subscription '{id}'");
        }

        if (ifMatch != "*" && ifMatch != current.Version)
        {
            throw new PreconditionFailedException($"Subscription '{id}'");
        }

        RefuseClosed(current);
        var errors = new List<FieldError>();
        var terms = update.Terms(current.Terms);
        if (update.Schedule is not null)
        {
            SubscriptionFields.CheckSchedule(errors, update.Schedule);
        }

        SubscriptionFields.Check(errors, update.CustomerId, update.Currency, update.Lines, terms.Start, update.LastDay, update.MaxPeriods, update.PaymentDays);
        if (errors.Count == 0)
        {
            errors.AddRange(InvoicedPeriods.Rewrites(current, update.Lines!, update.LastDay, update.MaxPeriods));
            if ((await parties.FindAsync(company, update.CustomerId!, cancellationToken))?.Role != PartyRole.Customer)
            {
                errors.Add(new FieldError("customerId", "Not a customer of this company."));
            }
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        RefuseRewrite(current, terms);

        var updated = Moved(current with
        {
            CustomerId = update.CustomerId!,
            Currency = update.Currency!,
            Lines = update.Lines!,
            PaymentDays = update.PaymentDays,
            Send = update.Send,
            Terms = terms,
        });

        // Conditional on the version read: a billing run that moved it since gets the caller a 412, never a lost update.
        return await store.TryUpdateAsync(current, updated, cancellationToken) ?? throw new PreconditionFailedException($"Subscription '{id}'");
    }

    /// <summary>Adds (or replaces, on the same date) a price change; 409 when the date falls in an invoiced period.</summary>
    public Task<Subscription> ChangePriceAsync(CompanyId company, string id, PriceChangeRequest change, CancellationToken cancellationToken) =>
        subscriptions.ChangeAsync(company, id, s =>
        {
            RefuseClosed(s);
            if (change.Line < 0 || change.Line >= s.Lines.Count || change.UnitPrice < 0)
            {
                throw new RequestValidationException([new FieldError(change.UnitPrice < 0 ? "unitPrice" : "line", change.UnitPrice < 0 ? "At least 0." : $"A line index from 0 to {s.Lines.Count - 1}.")]);
            }

            if (InvoicedPeriods.FirstOpenDay(s) is { } open && change.EffectiveFrom < open)
            {
                throw new ResourceStateException(
                    $"Subscription '{id}' is invoiced up to {open.AddDays(-1):yyyy-MM-dd}: a price change from {change.EffectiveFrom:yyyy-MM-dd} would be retroactive; the earliest is {open:yyyy-MM-dd}.");
            }

            var line = s.Lines[change.Line];
            var changes = (line.PriceChanges ?? []).Where(c => c.EffectiveFrom != change.EffectiveFrom).Append(new PriceChange(change.EffectiveFrom, change.UnitPrice)).OrderBy(c => c.EffectiveFrom).ToList();
            return s with { Lines = s.Lines.Select((l, i) => i == change.Line ? l with { PriceChanges = changes } : l).ToList() };
        }, cancellationToken);

    /// <summary>The subscription with its next invoice date under its (new) terms: ended when nothing is left, active again when an ended one is extended.</summary>
    private static Subscription Moved(Subscription s)
    {
        var next = BillingCalendar.NextInvoiceDate(s.Terms, s.LastInvoicedStart);
        var status = next is null ? SubscriptionStatus.Ended : s.Status == SubscriptionStatus.Ended ? SubscriptionStatus.Active : s.Status;
        return s with { NextInvoiceDate = next, Status = status };
    }

    /// <summary>409 when the new schedule, start or timing would cut an invoiced period otherwise than it was invoiced (the end has its own 400 checks).</summary>
    private static void RefuseRewrite(Subscription current, SubscriptionTerms terms)
    {
        var rhythm = current.Terms with { Schedule = terms.Schedule, Start = terms.Start, Timing = terms.Timing };
        if (BillingCalendar.FirstRewritten(current.Terms, rhythm, current.LastInvoicedStart) is { } rewritten)
        {
            var (invoiced, becomes) = rewritten;
            var open = InvoicedPeriods.FirstOpenDay(current)!.Value;
            throw new ResourceStateException(
                $"Subscription '{current.Id}': the invoiced period {invoiced.Start:yyyy-MM-dd} to {invoiced.LastDay:yyyy-MM-dd} would become "
                + (becomes is null ? "no period" : $"{becomes.Start:yyyy-MM-dd} to {becomes.LastDay:yyyy-MM-dd}")
                + $" under the new schedule or start. Invoiced up to {open.AddDays(-1):yyyy-MM-dd}: keep terms that cut the invoiced periods as they were, or cancel and create a subscription from {open:yyyy-MM-dd}.");
        }
    }

    private static void RefuseClosed(Subscription s)
    {
        if (s.Status == SubscriptionStatus.Cancelled)
        {
            throw new ResourceStateException($"Subscription '{s.Id}' is cancelled: create a new one.");
        }
    }
}
