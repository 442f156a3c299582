using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Delivery.Connectors;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Dunning;
using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>
/// The steps a policy sends elsewhere than by e-mail, through the delivery's connectors. Webhook: a <c>dunning.step</c> event in
/// the company's event feed and, signed, to every enabled webhook connector (webhook-id = the step's idempotency key, so a
/// receiver drops a repeat), each once (<see cref="DunningConnectorDeliveries"/>). Postal: the reminder letter and an address
/// sheet as a print batch to the print provider (the SFTP connector marked printProvider), as the delivery's postal fallback
/// does for bounced invoices. The collection file goes to every enabled export connector (SFTP but the print provider's, HTTP),
/// each once. A transient failure releases the step's claim and throws, so the activity's retry sends it; a refusal fails the step.
/// </summary>
public sealed class DunningChannels(
    IConnectorStore connectors, ConnectorService connectorService, IOutboundEventStore events, PostalAddressSheets sheets, DunningReminderPdf letters,
    IDunningStepStore steps, DunningConnectorDeliveries deliveries, TimeProvider time, ILogger<DunningChannels> logger)
{
    /// <summary>Where the step will go, or why it cannot (claimed as failed, nothing sent).</summary>
    public async Task<(string? Receiver, string? Problem)> ReceiverAsync(LedgerInvoice invoice, Party? customer, PlannedStep step, CancellationToken cancellationToken)
    {
        var all = await connectors.ListAsync(invoice.Company, cancellationToken);
        if (step.Channel == DunningChannel.Webhook)
        {
            return Webhooks(all, step) switch
            {
                { Count: > 0 } named => (string.Join(", ", named.Select(c => c.Receiver)), null),
                _ when step.Connector is { } id => (null, $"The policy names webhook connector '{id}': none enabled by that id."),
                _ => ("event feed", null),
            };
        }

        if (Printer(all) is not { } printer)
        {
            return (null, "No print provider: add an SFTP connector with printProvider: true.");
        }

        return customer?.Address is { Line1.Length: > 0, City.Length: > 0 }
            ? (printer.Receiver, null)
            : (null, $"The customer '{invoice.CounterpartyId}' has no postal address (line1, city).");
    }

    /// <summary>Sends the claimed step by its channel.</summary>
    /// <exception cref="ConnectorTransientException">Nothing confirmed: the claim is released for the retry.</exception>
    /// <param name="collection">The collection file, on the collection step: a webhook carries it.</param>
    /// <param name="customer">The invoice's customer as the step's receiver was chosen from (read once per step).</param>
    public async Task<(DunningStepState State, string? Detail)> SendAsync(
        DunningStepRecord claim, LedgerInvoice invoice, Party? customer, PlannedStep step, string? feeDocument, MailAttachment? collection, CancellationToken cancellationToken)
    {
        var all = await connectors.ListAsync(invoice.Company, cancellationToken);
        try
        {
            var confirmation = await ReleasingAsync(
                claim,
                () => step.Channel == DunningChannel.Postal
                    ? PostAsync(claim, invoice, customer, step, feeDocument, Printer(all)!, cancellationToken)
                    : PublishAsync(claim, invoice, step, feeDocument, collection, Webhooks(all, step), cancellationToken));
            logger.StepSent(claim.Company.Value, claim.InvoiceId, claim.StepKey, claim.Receiver ?? "", confirmation);
            return (DunningStepState.Sent, confirmation);
        }
        catch (ConnectorRefusedException ex)
        {
            logger.StepFailed(claim.Company.Value, claim.InvoiceId, claim.StepKey, ex.Message);
            return (DunningStepState.Failed, ex.Message);
        }
    }

    /// <summary>The hand-off to collection: the collection file to every enabled export connector (SFTP but the print provider, HTTP), each once.</summary>
    /// <exception cref="ConnectorTransientException">One was not reached: the step's claim is released for the retry (those reached are not sent again).</exception>
    public async Task<IReadOnlyList<string>> HandOffAsync(DunningStepRecord claim, LedgerInvoice invoice, MailAttachment collection, CancellationToken cancellationToken)
    {
        var exports = (await connectors.ListAsync(invoice.Company, cancellationToken))
            .Where(c => c is { Enabled: true, Kind: ConnectorKind.Http } or { Enabled: true, Kind: ConnectorKind.Sftp, PrintProvider: false }).ToList();
        var payload = new ConnectorPayload(claim.IdempotencyKey, time.GetUtcNow(), [], [new ExportFile(ConnectorFormat.Pdf, DunningCollection.DownloadName(invoice), collection.ContentType, collection.Content.ToArray())]);
        var answers = new List<string>();
        foreach (var export in exports)
        {
            answers.Add(await ReleasingAsync(claim, () => deliveries.SendAsync(claim, export, payload, cancellationToken)));
        }

        return answers;
    }

    /// <summary>Runs a send; a transient failure releases the step's claim (the activity's retry claims it again) and is rethrown.</summary>
    private async Task<string> ReleasingAsync(DunningStepRecord claim, Func<Task<string>> send)
    {
        try
        {
            return await send();
        }
        catch (ConnectorTransientException ex)
        {
            logger.StepTransient(claim.Company.Value, claim.InvoiceId, claim.StepKey, ex.Message);
            await steps.DeleteAsync(claim, CancellationToken.None);
            throw;
        }
    }

    private async Task<string> PublishAsync(
        DunningStepRecord claim, LedgerInvoice invoice, PlannedStep step, string? feeDocument, MailAttachment? collection, IReadOnlyList<Connector> webhooks, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await events.PublishAsync(invoice.Company, new OutboundEvent(claim.IdempotencyKey, DunningStepEvent.Type, now, invoice.Id, invoice.Number, DunningStepEvent.Detail(step, invoice)), cancellationToken);
        if (webhooks.Count == 0)
        {
            return "event feed";
        }

        var letter = await letters.RenderAsync(invoice, step, feeDocument, cancellationToken);
        var body = DunningStepEvent.Serialize(claim, invoice, step, feeDocument, letter, collection, now);
        var answers = new List<string>();
        foreach (var webhook in webhooks)
        {
            answers.Add(await deliveries.SendAsync(claim, webhook, new ConnectorPayload(claim.IdempotencyKey, now, body, []), cancellationToken));
        }

        return $"event feed, webhooks {string.Join("; ", answers)}";
    }

    private async Task<string> PostAsync(
        DunningStepRecord claim, LedgerInvoice invoice, Party? customer, PlannedStep step, string? feeDocument, Connector printer, CancellationToken cancellationToken)
    {
        customer = customer ?? throw new ConnectorRefusedException($"The customer '{invoice.CounterpartyId}' is gone.");
        var letter = (await letters.RenderAsync(invoice, step, feeDocument, cancellationToken, always: true))!;
        var sheet = await sheets.BuildAsync(invoice, customer, letter.FileName[..^".pdf".Length] + ".address.pdf", claim.CreatedAt, cancellationToken);
        var files = new[] { new ExportFile(ConnectorFormat.Pdf, letter.FileName, letter.ContentType, letter.Content.ToArray()), sheet };
        var confirmation = await connectorService.Transport(ConnectorKind.Sftp).SendAsync(printer, new ConnectorPayload(claim.IdempotencyKey, time.GetUtcNow(), [], files), cancellationToken);
        return $"postal {printer.Id}: {confirmation}";
    }

    /// <summary>The enabled webhook connectors the step goes to: the one its policy rule names, else all.</summary>
    private static List<Connector> Webhooks(IReadOnlyList<Connector> all, PlannedStep step) =>
        [.. all.Where(c => c is { Enabled: true, Kind: ConnectorKind.Webhook } && (step.Connector is null || c.Id == step.Connector))];

    private static Connector? Printer(IReadOnlyList<Connector> all) => all.FirstOrDefault(c => c is { Enabled: true, Kind: ConnectorKind.Sftp, PrintProvider: true });
}
