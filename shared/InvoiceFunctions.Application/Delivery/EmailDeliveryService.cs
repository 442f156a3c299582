using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>
/// Delivers an issued, archived invoice by e-mail, at most once per request and once per invoice unless re-sent:
/// the attempt is recorded (queued), the mail composed from the last archive entry and the company's templates, the
/// intent with its Message-ID recorded (sending) before the SMTP send, the attempt marked sent after, then the ledger's
/// "Sent" event (detail = Message-ID). See <see cref="DeliveryPlanner"/> for retries, duplicates and crashes.
/// </summary>
public sealed class EmailDeliveryService(
    LedgerService ledger,
    EmailComposer composer,
    IDeliveryStore store,
    IMailSender mail,
    DeliveryLedger deliveryLedger,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<EmailDeliveryService> logger)
{
    /// <param name="requestId">The queue message's id: its retries are recognised by it.</param>
    /// <exception cref="MailTransientException">Nothing was accepted; the attempt is queued again: let the queue retry.</exception>
    public async Task<DeliveryOutcome> DeliverAsync(DeliveryMessage message, string requestId, CancellationToken cancellationToken)
    {
        if (!CompanyId.TryParse(message.Company, out var company) || string.IsNullOrEmpty(message.InvoiceId)
            || !Enum.TryParse<DeliveryReason>(message.Reason, ignoreCase: true, out var reason) || !Enum.IsDefined(reason))
        {
            logger.Invalid(requestId, "expected {\"company\",\"invoiceId\",\"reason\":\"issued\"|\"resend\"}");
            return DeliveryOutcome.Invalid;
        }

        LedgerInvoice invoice;
        try
        {
            invoice = await ledger.GetAsync(company, message.InvoiceId, cancellationToken);
        }
        catch (InvoiceNotFoundException)
        {
            logger.Invalid(requestId, $"no invoice '{message.InvoiceId}' in company '{company}'");
            return DeliveryOutcome.Invalid;
        }

        var attempts = (await store.ListAsync(company, invoice.Id, cancellationToken)).Where(a => a.Channel == DeliveryChannel.Email).ToList();
        var step = DeliveryPlanner.Plan(attempts, requestId, reason);
        switch (step.Kind)
        {
            case DeliveryStepKind.Duplicate or DeliveryStepKind.Settled:
                var outcome = step.Kind == DeliveryStepKind.Duplicate ? DeliveryOutcome.Duplicate : DeliveryOutcome.AlreadySettled;
                logger.NothingSent(company.Value, invoice.Id, requestId, outcome);
                return outcome;
            case DeliveryStepKind.Reconcile:
                var unconfirmed = await store.UpdateAsync(
                    step.Record! with
                    {
                        State = DeliveryState.Unconfirmed,
                        Detail = $"The intent was recorded at {step.Record.UpdatedAt:u} but the send was never confirmed (the process stopped or the connection broke after it): not re-sent automatically. Check with the receiver; ask for a re-send if it did not arrive.",
                        UpdatedAt = time.GetUtcNow(),
                    },
                    cancellationToken);
                logger.Unconfirmed(company.Value, invoice.Id, unconfirmed.Attempt, unconfirmed.MessageId);
                return DeliveryOutcome.Unconfirmed;
            case DeliveryStepKind.CompleteLedger:
                await deliveryLedger.RecordAsync(step.Record!, cancellationToken);
                return OutcomeOf(step.Record!.State);
        }

        var record = step.Record;
        if (step.Kind == DeliveryStepKind.Start)
        {
            var now = time.GetUtcNow();
            record = await store.TryAddAsync(
                new DeliveryRecord(company, invoice.Id, DeliveryChannel.Email, step.Attempt, reason, requestId, DeliveryState.Queued, null, null, null, false, now, now, null),
                cancellationToken);
            if (record is null)
            {
                // Another request recorded this attempt first (two messages at once): that one delivers.
                logger.NothingSent(company.Value, invoice.Id, requestId, DeliveryOutcome.Duplicate);
                return DeliveryOutcome.Duplicate;
            }
        }

        return await SendAsync(record!, invoice, cancellationToken);
    }

    public async Task<IReadOnlyList<DeliveryRecord>> ListAsync(CompanyId company, string invoiceId, CancellationToken cancellationToken)
    {
        var invoice = await ledger.GetAsync(company, invoiceId, cancellationToken);
        return await store.ListAsync(company, invoice.Id, cancellationToken);
    }

    private async Task<DeliveryOutcome> SendAsync(DeliveryRecord record, LedgerInvoice invoice, CancellationToken cancellationToken)
    {
        var (composed, problem) = await composer.ComposeAsync(record, invoice, cancellationToken);
        if (composed is null)
        {
            return await FailAsync(record, problem!, cancellationToken);
        }

        var sending = await store.UpdateAsync(
            record with { State = DeliveryState.Sending, Receiver = composed.To, MessageId = composed.MessageId, Detail = null, UpdatedAt = time.GetUtcNow() }, cancellationToken);
        try
        {
            await mail.SendAsync(composed, cancellationToken);
        }
        catch (MailTransientException ex)
        {
            // Nothing was accepted: back to queued, so the queue's retry sends it (with the same Message-ID).
            await store.UpdateAsync(sending with { State = DeliveryState.Queued, Detail = ex.Message, UpdatedAt = time.GetUtcNow() }, CancellationToken.None);
            logger.Transient(record.Company.Value, record.InvoiceId, record.Attempt, ex.Message);
            throw;
        }
        catch (MailRouteRefusedException ex)
        {
            // The company's relay resolves to a refused address (SSRF guard): nothing left, a retry cannot help.
            return await FailAsync(sending, ex.Message, CancellationToken.None);
        }
        catch (MailRejectedException ex)
        {
            var bounced = await store.UpdateAsync(sending with { State = DeliveryState.Bounced, Detail = ex.Message, UpdatedAt = time.GetUtcNow() }, CancellationToken.None);
            logger.Bounced(record.Company.Value, record.InvoiceId, composed.MessageId, ex.StatusCode, ex.Message);
            await deliveryLedger.RecordAsync(bounced, CancellationToken.None);
            return DeliveryOutcome.Bounced;
        }

        // Any other exception leaves the intent "sending": the retry marks it unconfirmed and sends nothing.
        if (options.Value.CrashAfterSmtpAccept)
        {
            logger.CrashingForTest(composed.MessageId);
            Environment.FailFast("Delivery__CrashAfterSmtpAccept: test-only crash after the SMTP accept");
        }

        var now = time.GetUtcNow();
        var sent = await store.UpdateAsync(sending with { State = DeliveryState.Sent, UpdatedAt = now, SentAt = now }, CancellationToken.None);
        logger.Sent(record.Company.Value, record.InvoiceId, composed.To, composed.MessageId, record.Attempt);
        await deliveryLedger.RecordAsync(sent, CancellationToken.None);
        return DeliveryOutcome.Sent;
    }

    private async Task<DeliveryOutcome> FailAsync(DeliveryRecord record, string detail, CancellationToken cancellationToken)
    {
        var failed = await store.UpdateAsync(record with { State = DeliveryState.Failed, Detail = detail, UpdatedAt = time.GetUtcNow() }, cancellationToken);
        logger.Failed(record.Company.Value, record.InvoiceId, record.Attempt, detail);
        await deliveryLedger.RecordAsync(failed, cancellationToken);
        return DeliveryOutcome.Failed;
    }

    private static DeliveryOutcome OutcomeOf(DeliveryState state) => state switch
    {
        DeliveryState.Sent => DeliveryOutcome.Sent,
        DeliveryState.Bounced => DeliveryOutcome.Bounced,
        _ => DeliveryOutcome.Failed,
    };

}
