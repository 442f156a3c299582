using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Dunning;
using InvoiceFunctions.Core.Time;
using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>
/// The effects of an invoice's dunning, for the orchestration's activities: read where it stands (the plan of the company's
/// policy on the balance as it is now, minus the steps taken) and take one step at most once. A step is claimed (table
/// DunningSteps, key <c>{instance}:{step}</c>) before anything leaves (by e-mail, or by <see cref="DunningChannels"/> for webhook and
/// postal steps), marked sent after, then recorded in the invoice's
/// history as a <see cref="InvoiceEventType.Reminded"/> event carrying the key; a run that finds a claim without its
/// confirmation marks it unconfirmed and sends nothing, so a replay, a retry or a crash never sends twice.
/// </summary>
public sealed class DunningService(
    ILedgerStore ledger, DunningStepHistory history, IPartyStore parties, DunningPolicyService policies, IDunningStepStore steps, DunningMailer mailer, DunningChannels channels, DunningFees fees, DunningCollection collection, TimeProvider time, ILogger<DunningService> logger)
{
    public const string Actor = "dunning";

    public static string InstanceId(CompanyId company, string invoiceId) => $"dunning-{company.Value}-{invoiceId}";

    /// <param name="startedAt">When the dunning started (UTC): steps whose company-local day had come by then are stale but the latest (skipped, recorded so).</param>
    public async Task<DunningLoad> LoadAsync(CompanyId company, string invoiceId, IReadOnlyList<DunningPause> pauses, DateTime? startedAt, CancellationToken cancellationToken)
    {
        var invoice = await ledger.FindAsync(company, invoiceId, cancellationToken);
        var customer = invoice is null ? null : await parties.FindAsync(company, invoice.CounterpartyId, cancellationToken);
        if (StopReason(invoice, customer) is { } stop)
        {
            return new DunningLoad(stop, false, null, 0, 0, invoice?.Balance ?? 0m);
        }

        var policy = await policies.ForCustomerAsync(company, customer, cancellationToken);
        var business = !string.IsNullOrEmpty(customer?.LegalId) || !string.IsNullOrEmpty(customer?.VatId);
        var plan = DunningPlanner.Plan(policy, new DunningInvoice(invoice!.DueDate!.Value, invoice.Balance, invoice.Amounts.Currency, business), pauses);
        var taken = await steps.ListAsync(company, invoiceId, cancellationToken);
        var keys = taken.Select(s => s.StepKey).ToHashSet(StringComparer.Ordinal);
        var next = DunningPlanner.NextStep(plan, keys);
        if (startedAt is { } started && policy.SkipStaleSteps)
        {
            var startDay = LocalClock.LocalDate(new DateTimeOffset(DateTime.SpecifyKind(started, DateTimeKind.Utc)), DunningZones.Find(policy.TimeZone));
            foreach (var stale in DunningPlanner.Stale(plan, keys, startDay))
            {
                await SkipAsync(invoice, stale, cancellationToken);
                keys.Add(stale.Key);
            }

            next = DunningPlanner.NextStep(plan, keys);
            if (next is not null && next.Date < startDay)
            {
                // Taken late, on the day the dunning started: its mail says how late the invoice really is.
                next = next with { Date = startDay, DaysLate = Math.Max(0, startDay.DayNumber - invoice.DueDate.Value.DayNumber) };
            }
        }

        // A bounce standing: the policy holds for a corrected address, or goes postal (DunningBounceRouting).
        var bounced = DunningBounces.Standing(taken, customer);
        if (bounced is not null)
        {
            next = DunningBounceRouting.Next(policy, plan, next, bounced.StepKey, keys);
        }

        var hold = invoice.Status == InvoiceStatus.Disputed ? "disputed"
            : policy.OnBounce == DunningBounceAction.WaitForAddress ? DunningBounces.Hold(taken, customer) : null;
        var stepsTaken = plan.Count(p => keys.Contains(p.Key));
        return next is null && pauses.All(p => p.Until is not null)
            ? new DunningLoad("every planned step taken", hold is not null, null, stepsTaken, plan.Count, invoice.Balance, hold, policy.TimeZone)
            : new DunningLoad(null, hold is not null, next, stepsTaken, plan.Count, invoice.Balance, hold, policy.TimeZone);
    }

    public Task<IReadOnlyList<DunningStepRecord>> StepsAsync(CompanyId company, string invoiceId, CancellationToken cancellationToken) =>
        steps.ListAsync(company, invoiceId, cancellationToken);

    /// <summary>Takes <paramref name="step"/> once, on the invoice as it is now (re-read, so a missed event cannot cause a wrong reminder).</summary>
    /// <exception cref="Delivery.MailTransientException">Nothing was accepted and the claim is released: let the activity retry.</exception>
    public async Task<DunningStepOutcome> RunStepAsync(CompanyId company, string invoiceId, PlannedStep step, CancellationToken cancellationToken)
    {
        var instance = InstanceId(company, invoiceId);
        var invoice = await ledger.FindAsync(company, invoiceId, cancellationToken);
        var customer = invoice is null ? null : await parties.FindAsync(company, invoice.CounterpartyId, cancellationToken);
        var outcome = StopReason(invoice, customer) is not null ? DunningStepOutcome.Stopped : invoice!.Status == InvoiceStatus.Disputed ? DunningStepOutcome.Paused : (DunningStepOutcome?)null;
        var existing = outcome is null ? await steps.FindAsync(company, invoiceId, step.Key, cancellationToken) : null;
        if (outcome is not null || existing is not null)
        {
            outcome ??= await SettleAsync(existing!, cancellationToken);
            logger.NothingSent(company.Value, invoiceId, step.Key, outcome.Value);
            return outcome.Value;
        }

        // A postal re-send of a bounced step carries the fee document its e-mail named (never charged twice).
        var original = DunningBounceRouting.ResendOf(step) is { } bouncedKey ? await steps.FindAsync(company, invoiceId, bouncedKey, cancellationToken) : null;
        var now = time.GetUtcNow();
        var email = step.Channel == DunningChannel.Email;
        var (mail, problem) = email ? await mailer.ComposeAsync(invoice!, customer, instance, step, null, cancellationToken) : (null, null);
        var (receiver, channelProblem) = email ? (mail?.To, null) : await channels.ReceiverAsync(invoice!, customer, step, cancellationToken);
        problem ??= channelProblem;
        var claim = await steps.TryAddAsync(
            new DunningStepRecord(company, invoiceId, instance, step.Key, step.Kind, problem is not null ? DunningStepState.Failed : DunningStepState.Sending, step.DaysLate, invoice!.Balance,
                receiver, mail?.MessageId, problem, false, now, now, FeeInvoiceId: original?.FeeInvoiceId, Channel: step.Channel),
            cancellationToken);
        if (claim is null)
        {
            return DunningStepOutcome.AlreadyTaken;
        }

        if (problem is not null)
        {
            logger.StepFailed(company.Value, invoiceId, step.Key, problem!);
            await RecordAsync(claim, invoice, cancellationToken);
            return DunningStepOutcome.Failed;
        }

        string? feeNumber = null;
        if (step.Fees > 0m && (original is null || claim.FeeInvoiceId is not null))
        {
            // The fee document first, so the reminder can name it; a retry finds its id on the claim and issues it once.
            (claim, feeNumber) = await fees.ChargeAsync(claim, invoice, step, cancellationToken);
            mail = email ? (await mailer.ComposeAsync(invoice, customer, instance, step, feeNumber, cancellationToken)).Mail! : null;
        }

        // Hand-off: the collection file is made (and stored) before the step's notice leaves; a webhook step carries it.
        var export = step.Kind == DunningStepKind.Collection ? await collection.ExportAsync(invoice, step, cancellationToken) : null;
        if (export is not null)
        {
            await channels.HandOffAsync(claim, invoice, export, cancellationToken);
        }

        var state = email ? await mailer.SendAsync(claim, mail!, cancellationToken) : await channels.SendAsync(claim, invoice, customer, step, feeNumber, export, cancellationToken);
        var done = await steps.UpdateAsync(claim with { State = state.State, Detail = state.Detail, UpdatedAt = time.GetUtcNow() }, CancellationToken.None);
        await RecordAsync(done, invoice, CancellationToken.None);
        return state.State == DunningStepState.Sent ? DunningStepOutcome.Sent : DunningStepOutcome.Failed;
    }

    /// <summary>A step found taken: an intent without confirmation becomes unconfirmed; a missing history event is recorded.</summary>
    private async Task<DunningStepOutcome> SettleAsync(DunningStepRecord existing, CancellationToken cancellationToken)
    {
        if (existing.State == DunningStepState.Sending)
        {
            logger.StepUnconfirmed(existing.Company.Value, existing.InvoiceId, existing.StepKey);
            existing = await steps.UpdateAsync(
                existing with { State = DunningStepState.Unconfirmed, Detail = "The intent was recorded but the send was never confirmed: not re-sent automatically.", UpdatedAt = time.GetUtcNow() },
                cancellationToken);
            await RecordAsync(existing, null, cancellationToken);
            return DunningStepOutcome.Unconfirmed;
        }

        if (!existing.LedgerRecorded)
        {
            await RecordAsync(existing, null, cancellationToken);
        }

        return DunningStepOutcome.AlreadyTaken;
    }

    /// <summary>The step in the invoice's history (<see cref="DunningStepHistory"/>), with what a sent step says.</summary>
    private Task RecordAsync(DunningStepRecord record, LedgerInvoice? known, CancellationToken cancellationToken) => history.RecordAsync(
        record,
        $"{record.IdempotencyKey} {record.Kind} J{record.DaysLate:+0;-0;0} {record.AmountDue:0.00} to {record.Receiver} " + (record.Channel == DunningChannel.Email ? $"as {record.MessageId}" : $"by {record.Channel}"),
        known,
        cancellationToken);

    /// <summary>A stale step recorded as skipped (insert-only, so a replayed load records it once); no mail, no history event.</summary>
    private async Task SkipAsync(LedgerInvoice invoice, PlannedStep step, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await steps.TryAddAsync(
            new DunningStepRecord(invoice.Company, invoice.Id, InstanceId(invoice.Company, invoice.Id), step.Key, step.Kind, DunningStepState.Skipped, step.DaysLate, invoice.Balance,
                null, null, $"Its day ({step.Date:yyyy-MM-dd}) had passed when the dunning started: a later step is taken instead.", true, now, now),
            cancellationToken);
    }

    private static string? StopReason(LedgerInvoice? invoice, Party? customer) => invoice switch
    {
        null => "invoice not found",
        _ when !DunningNotifier.IsDunned(invoice) => "not a dunned invoice (an issued sales invoice with a due date)",
        { Status: InvoiceStatus.Cancelled } => "cancelled",
        { Status: InvoiceStatus.Credited } => "credited",
        { Status: InvoiceStatus.Paid } => "paid",
        { Balance: <= 0m } => "nothing left due",
        { Status: InvoiceStatus.Draft or InvoiceStatus.Issuing } => "not issued",
        _ when customer?.Preferences?.Dunning?.Excluded == true => "customer excluded from dunning",
        _ => null,
    };
}
