using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Delivery.Connectors;

/// <summary>
/// Delivers an issued, archived invoice through one connector (webhook, SFTP, HTTP), with the e-mail channel's records and
/// duplicate guard (<see cref="DeliveryPlanner"/> over the attempts of this connector). Unlike a mail, a connector delivery
/// carries a stable delivery id (the webhook-id; a file name) that makes a repeat harmless at the receiver, so an attempt
/// left "sending" by a crash (the intent is recorded before every send) is sent again with the same delivery id when its
/// message comes back (at least once), rather than marked unconfirmed. A failed try is retried by a delayed message
/// (exponential back-off) until <see cref="ConnectorOptions.RetryWindow"/>; then the attempt fails and the connector is disabled.
/// </summary>
public sealed class ConnectorDeliveryService(
    LedgerService ledger,
    ConnectorService connectors,
    ConnectorDocuments documents,
    IDeliveryStore store,
    IDeliveryQueue queue,
    DeliveryLedger deliveryLedger,
    DeliveryAcknowledgementLinks acknowledgements,
    IOptions<ConnectorOptions> options,
    TimeProvider time,
    ILogger<ConnectorDeliveryService> logger)
{
    /// <param name="messageId">The queue message's id: the attempt is recognised by it (or by <see cref="DeliveryMessage.RetryOf"/> on a retry).</param>
    public async Task<DeliveryOutcome> DeliverAsync(DeliveryMessage message, string messageId, CancellationToken cancellationToken)
    {
        if (!CompanyId.TryParse(message.Company, out var company) || string.IsNullOrEmpty(message.InvoiceId) || string.IsNullOrEmpty(message.Connector)
            || !Enum.TryParse<DeliveryReason>(message.Reason, ignoreCase: true, out var reason) || !Enum.IsDefined(reason))
        {
            logger.Invalid(messageId, "expected {\"company\",\"invoiceId\",\"reason\",\"connector\"}");
            return DeliveryOutcome.Invalid;
        }

        LedgerInvoice invoice;
        Connector connector;
        try
        {
            invoice = await ledger.GetAsync(company, message.InvoiceId, cancellationToken);
            connector = await connectors.GetAsync(company, message.Connector, cancellationToken);
        }
        catch (Exception ex) when (ex is InvoiceNotFoundException or ResourceNotFoundException)
        {
            logger.Invalid(messageId, ex.Message);
            return DeliveryOutcome.Invalid;
        }

        var requestId = message.RetryOf ?? messageId;
        var attempts = (await store.ListAsync(company, invoice.Id, cancellationToken)).Where(a => a.Channel == connector.Channel && a.Connector == connector.Id).ToList();
        var step = DeliveryPlanner.Plan(attempts, requestId, reason);
        switch (step.Kind)
        {
            case DeliveryStepKind.Duplicate or DeliveryStepKind.Settled:
                var outcome = step.Kind == DeliveryStepKind.Duplicate ? DeliveryOutcome.Duplicate : DeliveryOutcome.AlreadySettled;
                logger.NothingSent(company.Value, invoice.Id, requestId, outcome);
                return outcome;
            case DeliveryStepKind.CompleteLedger:
                await deliveryLedger.RecordAsync(step.Record!, cancellationToken);
                return step.Record!.State == DeliveryState.Sent ? DeliveryOutcome.Sent : DeliveryOutcome.Failed;
            case DeliveryStepKind.Reconcile:
                // The earlier try died between the intent and its outcome: the receiver may have it already; the same
                // delivery id (webhook-id, file name, Idempotency-Key) lets it drop the repeat.
                logger.ConnectorResending(company.Value, connector.Id, invoice.Id, step.Record!.Attempt, step.Record.UpdatedAt, step.Record.MessageId ?? "");
                break;
        }

        var record = step.Record;
        if (step.Kind == DeliveryStepKind.Start)
        {
            var now = time.GetUtcNow();
            record = await store.TryAddAsync(
                new DeliveryRecord(
                    company, invoice.Id, connector.Channel, step.Attempt, reason, requestId, DeliveryState.Queued, connector.Receiver, $"{invoice.Id}.{connector.Id}.{step.Attempt}",
                    null, false, now, now, null, Connector: connector.Id),
                cancellationToken);
            if (record is null)
            {
                logger.NothingSent(company.Value, invoice.Id, requestId, DeliveryOutcome.Duplicate);
                return DeliveryOutcome.Duplicate;
            }
        }

        return await SendAsync(record!, connector, invoice, message, cancellationToken);
    }

    private async Task<DeliveryOutcome> SendAsync(DeliveryRecord record, Connector connector, LedgerInvoice invoice, DeliveryMessage message, CancellationToken cancellationToken)
    {
        if (invoice.Direction != InvoiceDirection.Sales || invoice.Number is null || invoice.Status is InvoiceStatus.Draft or InvoiceStatus.Cancelled)
        {
            return await FailAsync(record, $"Invoice {invoice.Id} is not an issued sales invoice (status {invoice.Status}).", cancellationToken);
        }

        if (!connector.Enabled)
        {
            return await FailAsync(record, $"Connector {connector.Id} is disabled{(connector.DisabledReason is { } why ? ": " + why : "")}.", cancellationToken);
        }

        var (files, problem) = await documents.BuildAsync(connector, invoice, cancellationToken);
        if (files is null)
        {
            return await FailAsync(record, problem!, cancellationToken);
        }

        var now = time.GetUtcNow();
        var sending = await store.UpdateAsync(record with { State = DeliveryState.Sending, Receiver = connector.Receiver, UpdatedAt = now }, cancellationToken);
        var payload = new ConnectorPayload(record.MessageId!, now, InvoiceEvent.Serialize(invoice, record.Reason, now, files, acknowledgements.PathFor(record.MessageId!)), files);
        string confirmation;
        try
        {
            confirmation = await connectors.Transport(connector.Kind).SendAsync(connector, payload, cancellationToken);
        }
        catch (ConnectorRefusedException ex)
        {
            return await FailAsync(sending, ex.Message, CancellationToken.None);
        }
        catch (ConnectorTransientException ex)
        {
            return await RetryAsync(sending, connector, message, ex.Message, CancellationToken.None);
        }

        if (options.Value.CrashAfterSend)
        {
            logger.ConnectorCrashingForTest(connector.Id, record.MessageId ?? "");
            Environment.FailFast("Connectors__CrashAfterSend: test-only crash after the receiver's confirmation");
        }

        var sentAt = time.GetUtcNow();
        var sent = await store.UpdateAsync(sending with { State = DeliveryState.Sent, Detail = confirmation, UpdatedAt = sentAt, SentAt = sentAt }, CancellationToken.None);
        logger.ConnectorSent(record.Company.Value, record.InvoiceId, connector.Id, confirmation, record.Attempt);
        await deliveryLedger.RecordAsync(sent, CancellationToken.None);
        return DeliveryOutcome.Sent;
    }

    private async Task<DeliveryOutcome> RetryAsync(DeliveryRecord sending, Connector connector, DeliveryMessage message, string error, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var delay = RetryPlan.Next(message.Try, sending.CreatedAt, now, options.Value);
        if (delay is null)
        {
            var reason = $"Gave up after {message.Try} tries since {sending.CreatedAt:u} (retry window {options.Value.RetryWindow}): {error}";
            var outcome = await FailAsync(sending, reason, cancellationToken);
            await connectors.DisableAsync(connector, sending.InvoiceId, reason, cancellationToken);
            return outcome;
        }

        await store.UpdateAsync(
            sending with { State = DeliveryState.Queued, Detail = $"Try {message.Try} failed at {now:u}: {error}; next try at {now + delay.Value:u}", UpdatedAt = now }, cancellationToken);
        await queue.EnqueueAsync(message with { RetryOf = sending.RequestId, Try = message.Try + 1 }, delay.Value, cancellationToken);
        logger.ConnectorRetry(sending.Company.Value, connector.Id, sending.InvoiceId, message.Try, delay.Value, error);
        return DeliveryOutcome.Retrying;
    }

    private async Task<DeliveryOutcome> FailAsync(DeliveryRecord record, string detail, CancellationToken cancellationToken)
    {
        var failed = await store.UpdateAsync(record with { State = DeliveryState.Failed, Detail = detail, UpdatedAt = time.GetUtcNow() }, cancellationToken);
        logger.ConnectorFailed(record.Company.Value, record.Connector ?? "", record.InvoiceId, detail);
        await deliveryLedger.RecordAsync(failed, cancellationToken);
        return DeliveryOutcome.Failed;
    }
}
