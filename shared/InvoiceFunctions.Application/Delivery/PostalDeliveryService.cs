using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Delivery.Connectors;
using InvoiceFunctions.Application.Ledger;
using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>
/// The postal fallback, when the correction delay after an e-mail bounce ends: if no e-mail attempt was sent since the
/// bounce (the company corrected the address and re-sent), the invoice's PDF and an address sheet (a PDF for a window envelope) go as a print batch to
/// the company's print provider (its enabled SFTP connector marked printProvider), recorded on channel Postal with the
/// ledger's Sent event ("postal {connector}: ..."). A customer whose preferred channel is Postal gets the same batch when
/// the invoice is issued (and on a re-send), without a mail first. Once per invoice (the duplicate guard); a transient failure throws so
/// the queue retries.
/// </summary>
public sealed class PostalDeliveryService(
    LedgerService ledger, IPartyStore parties, IConnectorStore connectors, ConnectorService connectorService, ConnectorDocuments documents, IDeliveryStore store,
    PostalAddressSheets sheets, DeliveryLedger deliveryLedger, TimeProvider time, ILogger<PostalDeliveryService> logger)
{
    public async Task<DeliveryOutcome> DeliverAsync(DeliveryMessage message, string messageId, CancellationToken cancellationToken)
    {
        if (!CompanyId.TryParse(message.Company, out var company) || string.IsNullOrEmpty(message.InvoiceId))
        {
            logger.Invalid(messageId, "expected {\"company\",\"invoiceId\",\"reason\":\"postal\"}");
            return DeliveryOutcome.Invalid;
        }

        LedgerInvoice invoice;
        try
        {
            invoice = await ledger.GetAsync(company, message.InvoiceId, cancellationToken);
        }
        catch (InvoiceNotFoundException ex)
        {
            logger.Invalid(messageId, ex.Message);
            return DeliveryOutcome.Invalid;
        }

        // "postal": the end of a bounce's correction delay; "issued"/"resend": a customer who prefers paper.
        var fallback = !Enum.TryParse<DeliveryReason>(message.Reason, ignoreCase: true, out var reason) || reason == DeliveryReason.Postal;
        var attempts = await store.ListAsync(company, invoice.Id, cancellationToken);
        var lastEmail = attempts.Where(a => a.Channel == DeliveryChannel.Email).MaxBy(a => a.Attempt);
        var step = DeliveryPlanner.Plan([.. attempts.Where(a => a.Channel == DeliveryChannel.Postal)], messageId, fallback ? DeliveryReason.Issued : reason);
        if ((fallback && lastEmail?.State != DeliveryState.Bounced) || step.Kind is DeliveryStepKind.Duplicate or DeliveryStepKind.Settled)
        {
            // Corrected and re-sent in time (or not bounced any more), or already posted.
            var outcome = step.Kind == DeliveryStepKind.Settled ? DeliveryOutcome.AlreadySettled : DeliveryOutcome.Duplicate;
            logger.NothingSent(company.Value, invoice.Id, messageId, outcome);
            return outcome;
        }

        if (step.Kind == DeliveryStepKind.CompleteLedger)
        {
            await deliveryLedger.RecordAsync(step.Record!, cancellationToken);
            return step.Record!.State == DeliveryState.Sent ? DeliveryOutcome.Sent : DeliveryOutcome.Failed;
        }

        var printer = (await connectors.ListAsync(company, cancellationToken)).FirstOrDefault(c => c is { Enabled: true, Kind: ConnectorKind.Sftp, PrintProvider: true });
        var record = step.Record;
        if (step.Kind == DeliveryStepKind.Start)
        {
            var now = time.GetUtcNow();
            record = await store.TryAddAsync(
                new DeliveryRecord(
                    company, invoice.Id, DeliveryChannel.Postal, step.Attempt, fallback ? DeliveryReason.Postal : reason, messageId, DeliveryState.Queued, printer?.Receiver,
                    $"{invoice.Id}.postal.{step.Attempt}", null, false, now, now, null, Connector: printer?.Id),
                cancellationToken);
            if (record is null)
            {
                return DeliveryOutcome.Duplicate;
            }
        }

        return await PrintAsync(record!, printer, invoice, cancellationToken);
    }

    private async Task<DeliveryOutcome> PrintAsync(DeliveryRecord record, Connector? printer, LedgerInvoice invoice, CancellationToken cancellationToken)
    {
        var customer = await parties.FindAsync(record.Company, invoice.CounterpartyId, cancellationToken);
        var (files, problem) = printer is null
            ? (null, "No print provider: add an SFTP connector with printProvider: true.")
            : await documents.BuildAsync(printer with { Formats = [ConnectorFormat.Pdf], FileNamePattern = "{number}.pdf" }, invoice, cancellationToken);
        if (files is not null && customer?.Address is not { Line1.Length: > 0, City.Length: > 0 })
        {
            (files, problem) = (null, $"The customer '{invoice.CounterpartyId}' has no postal address (line1, city).");
        }

        if (files is null)
        {
            var failed = await store.UpdateAsync(record with { State = DeliveryState.Failed, Detail = problem, UpdatedAt = time.GetUtcNow() }, cancellationToken);
            logger.Failed(record.Company.Value, record.InvoiceId, record.Attempt, problem!);
            await deliveryLedger.RecordAsync(failed, cancellationToken);
            return DeliveryOutcome.Failed;
        }

        var sheet = await sheets.BuildAsync(invoice, customer!, files[0].Name[..^".pdf".Length] + ".address.pdf", record.CreatedAt, cancellationToken);
        var now = time.GetUtcNow();
        var sending = await store.UpdateAsync(record with { State = DeliveryState.Sending, UpdatedAt = now }, cancellationToken);
        string confirmation;
        try
        {
            confirmation = await connectorService.Transport(ConnectorKind.Sftp).SendAsync(printer!, new ConnectorPayload(record.MessageId!, now, [], [.. files, sheet]), cancellationToken);
        }
        catch (Exception ex) when (ex is ConnectorTransientException or ConnectorRefusedException)
        {
            // Back to queued: the queue's retry (host.json back-off, then the poison queue) tries again.
            await store.UpdateAsync(sending with { State = DeliveryState.Queued, Detail = ex.Message, UpdatedAt = time.GetUtcNow() }, CancellationToken.None);
            throw;
        }

        var sent = await store.UpdateAsync(sending with { State = DeliveryState.Sent, Detail = confirmation, UpdatedAt = time.GetUtcNow(), SentAt = time.GetUtcNow() }, CancellationToken.None);
        logger.ConnectorSent(record.Company.Value, record.InvoiceId, printer!.Id, confirmation, record.Attempt);
        await deliveryLedger.RecordAsync(sent, CancellationToken.None);
        return DeliveryOutcome.Sent;
    }
}
