using InvoiceFunctions.Application.Delivery.Connectors;
using InvoiceFunctions.Application.Ledger;
using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>
/// A claimed step handed to several connectors (every webhook, the collection file to every export connector), each once: its
/// delivery is claimed in DunningSteps as <c>{step}:{connector}</c> (idempotency key <c>{instance}:{step}:{connector}</c>)
/// before the send and marked sent or failed after, so the activity's retry after one connector's transient failure sends only
/// to those not reached. A delivery found still "sending" (the process died around the send) is sent again with the same
/// delivery id (webhook-id, file name, Idempotency-Key), which lets the receiver drop the repeat, as connector deliveries do.
/// Each outcome is an event of the invoice's history under the delivery's key: <see cref="InvoiceEventType.Reminded"/> when
/// the connector took it, <see cref="InvoiceEventType.DeliveryFailed"/> when it refused.
/// </summary>
public sealed class DunningConnectorDeliveries(
    ConnectorService connectors, IDunningStepStore steps, DunningStepHistory history, TimeProvider time, ILogger<DunningConnectorDeliveries> logger)
{
    /// <returns>What the connector answered, or why it refused (its delivery failed; the others go on).</returns>
    /// <exception cref="ConnectorTransientException">Not delivered: the connector's claim is released and the caller retries.</exception>
    public async Task<string> SendAsync(DunningStepRecord claim, Connector connector, ConnectorPayload payload, CancellationToken cancellationToken)
    {
        var key = $"{claim.StepKey}:{connector.Id}";
        var now = time.GetUtcNow();
        var delivery = await steps.TryAddAsync(
            claim with { StepKey = key, State = DunningStepState.Sending, Receiver = connector.Receiver, MessageId = null, Detail = null, LedgerRecorded = false, CreatedAt = now, UpdatedAt = now, Version = null, FeeInvoiceId = null, Connector = connector.Id },
            cancellationToken);
        if (delivery is null)
        {
            var found = await steps.FindAsync(claim.Company, claim.InvoiceId, key, cancellationToken)
                ?? throw new ConnectorTransientException($"The delivery {key} was released meanwhile: retry.");
            if (found.State != DunningStepState.Sending)
            {
                if (!found.LedgerRecorded)
                {
                    await RecordAsync(found, cancellationToken);
                }

                return $"{connector.Id}: {found.State} already";
            }

            delivery = found;
        }

        try
        {
            var confirmation = await connectors.Transport(connector.Kind).SendAsync(connector, payload, cancellationToken);
            await RecordAsync(await steps.UpdateAsync(delivery with { State = DunningStepState.Sent, Detail = Cut(confirmation), UpdatedAt = time.GetUtcNow() }, CancellationToken.None), CancellationToken.None);
            logger.StepSent(claim.Company.Value, claim.InvoiceId, key, connector.Receiver, confirmation);
            return $"{connector.Id}: {confirmation}";
        }
        catch (ConnectorTransientException)
        {
            await steps.DeleteAsync(delivery, CancellationToken.None);
            throw;
        }
        catch (ConnectorRefusedException ex)
        {
            logger.StepFailed(claim.Company.Value, claim.InvoiceId, key, ex.Message);
            await RecordAsync(await steps.UpdateAsync(delivery with { State = DunningStepState.Failed, Detail = Cut(ex.Message), UpdatedAt = time.GetUtcNow() }, CancellationToken.None), CancellationToken.None);
            return $"{connector.Id} refused: {ex.Message}";
        }
    }

    /// <summary>The delivery in the invoice's history (<see cref="DunningStepHistory"/>).</summary>
    private Task RecordAsync(DunningStepRecord delivery, CancellationToken cancellationToken) =>
        history.RecordAsync(delivery, $"{delivery.IdempotencyKey} {delivery.Kind} to {delivery.Receiver} by connector {delivery.Connector}", null, cancellationToken);

    private static string Cut(string text) => text.Length > 1000 ? text[..1000] : text;
}
