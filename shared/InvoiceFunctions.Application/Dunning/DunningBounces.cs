using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Ledger;
using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>
/// A reminder that bounced: the DSN (through the inbound mailbox or container "delivery-reports") marks its step
/// <see cref="DunningStepState.Bounced"/>, records the ledger's "Bounced" event with the step's key, alerts the company and
/// wakes the dunning, which then holds (no reminder to an address known to fail) until the company gives the customer's
/// corrected address; the next steps go there, the plan shifted by the hold.
/// </summary>
public sealed class DunningBounces(
    IDunningStepStore steps, LedgerService ledger, DunningStepHistory history, IPartyStore parties, DunningNotifier notifier, DunningAlerts alerts, TimeProvider time, ILogger<DunningBounces> logger)
    : IBounceListener
{
    private const string Prefix = "dunning-";

    /// <summary>The last bounced step while it went to the customer's address as it still is (null: none, or corrected since).</summary>
    public static DunningStepRecord? Standing(IReadOnlyList<DunningStepRecord> taken, Party? customer)
    {
        var bounced = taken.LastOrDefault(s => s.State == DunningStepState.Bounced);
        return bounced is not null && (customer?.Email is null || string.Equals(bounced.Receiver, customer.Email.Trim(), StringComparison.OrdinalIgnoreCase))
            ? bounced
            : null;
    }

    /// <summary>Why the dunning holds for an address: its last bounced step went to the customer's address as it still is.</summary>
    public static string? Hold(IReadOnlyList<DunningStepRecord> taken, Party? customer) =>
        Standing(taken, customer) is { } bounced ? $"{bounced.StepKey} bounced at {bounced.Receiver}: waiting for a corrected address" : null;

    public async Task<bool> TryHandleAsync(BounceReport report, CancellationToken cancellationToken)
    {
        if (await FindAsync(report.OriginalMessageId, cancellationToken) is not { } step)
        {
            return false;
        }

        if (step.State != DunningStepState.Bounced)
        {
            var detail = $"DSN {report.Status} for {report.Recipient ?? step.Receiver}" + (report.Diagnostic is { Length: > 0 } d ? $": {d}" : "");
            logger.StepBounced(step.Company.Value, step.InvoiceId, step.StepKey, detail);
            step = await steps.UpdateAsync(step with { State = DunningStepState.Bounced, Detail = detail, LedgerRecorded = false, UpdatedAt = time.GetUtcNow() }, cancellationToken);
        }

        if (!step.LedgerRecorded)
        {
            // Once per bounce (a crash before the flag repeats it on the report's retry).
            var invoice = await ledger.GetAsync(step.Company, step.InvoiceId, cancellationToken);
            await history.WriteAsync(step, InvoiceEventType.Bounced, $"{step.IdempotencyKey} {step.Detail}", invoice, cancellationToken);
            await AlertAsync(step, invoice, cancellationToken);
            await steps.UpdateAsync(step with { LedgerRecorded = true }, cancellationToken);
            await notifier.NotifyAsync(invoice, DunningEvent.Bounced, cancellationToken);
        }

        return true;
    }

    /// <summary>The company gives the customer's right address: it replaces the contact's (BT-49) and the dunning goes on.</summary>
    /// <exception cref="ResourceStateException">The dunning does not wait for an address.</exception>
    public async Task<DunningSignal> CorrectAsync(CompanyId company, string invoiceId, AddressCorrection correction, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(correction.Email) || !EmailSettingsService.IsAddress(correction.Email))
        {
            throw new RequestValidationException([new FieldError("email", "The customer's corrected e-mail address (name@domain).")]);
        }

        var invoice = await ledger.GetAsync(company, invoiceId, cancellationToken);
        var customer = await parties.FindAsync(company, invoice.CounterpartyId, cancellationToken);
        if (Hold(await steps.ListAsync(company, invoiceId, cancellationToken), customer) is null)
        {
            throw new ResourceStateException($"The dunning of invoice {invoiceId} does not wait for a corrected address (no reminder bounced at the customer's address).");
        }

        await parties.UpdateEmailAsync(company, invoice.CounterpartyId, correction.Email.Trim(), cancellationToken);
        await notifier.NotifyAsync(invoice, DunningEvent.AddressCorrected, cancellationToken);
        return new DunningSignal(company.Value, invoiceId, DunningEvent.AddressCorrected);
    }

    private async Task AlertAsync(DunningStepRecord step, LedgerInvoice invoice, CancellationToken cancellationToken)
    {
        var french = await alerts.FrenchAsync(step.Company, cancellationToken);
        var (subject, body) = french
            ? ($"Relance non distribuée : facture {invoice.Number}",
                $"La relance {step.StepKey} de la facture {invoice.Number} n'a pas pu être remise à {step.Receiver} ({step.Detail}).\n\n"
                + $"Les relances de cette facture sont suspendues jusqu'à la correction de l'adresse du client : POST /api/companies/{step.Company.Value}/invoices/{invoice.Id}/dunning/correction.")
            : ($"Reminder undeliverable: invoice {invoice.Number}",
                $"Reminder {step.StepKey} of invoice {invoice.Number} could not be delivered to {step.Receiver} ({step.Detail}).\n\n"
                + $"This invoice's reminders are on hold until the customer's address is corrected: POST /api/companies/{step.Company.Value}/invoices/{invoice.Id}/dunning/correction.");
        await alerts.SendAsync(step.Company, $"{step.Instance}.{step.StepKey}.bounced", subject, body, cancellationToken);
    }

    /// <summary>
    /// The step a reminder's Message-ID (<c>dunning-{company}-{invoice}.{step}@domain</c>) names; company and invoice ids both
    /// may hold '-', so each split is tried and the step's recorded Message-ID must match.
    /// </summary>
    private async Task<DunningStepRecord?> FindAsync(string messageId, CancellationToken cancellationToken)
    {
        var at = messageId.LastIndexOf('@');
        var local = at > 0 ? messageId[..at] : messageId;
        var dot = local.LastIndexOf('.');
        if (!local.StartsWith(Prefix, StringComparison.Ordinal) || dot < 0)
        {
            return null;
        }

        var instance = local[Prefix.Length..dot];
        var stepKey = local[(dot + 1)..];
        for (var dash = instance.IndexOf('-', StringComparison.Ordinal); dash > 0 && dash < instance.Length - 1; dash = instance.IndexOf('-', dash + 1))
        {
            if (CompanyId.TryParse(instance[..dash], out var company)
                && (await steps.ListAsync(company, instance[(dash + 1)..], cancellationToken)).FirstOrDefault(s => s.StepKey == stepKey && s.MessageId == messageId) is { } step)
            {
                return step;
            }
        }

        return null;
    }
}
