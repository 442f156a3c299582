using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Delivery.Connectors;
using InvoiceFunctions.Application.Ledger;
using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>
/// The delivery stage's entry: a message naming a connector goes to that connector; an "issued" message fans out first (one
/// message per enabled connector of the company, except the print provider, which only gets the postal fallback, each with its own attempt records), then goes by e-mail as before. A
/// retried "issued" message fans out again: the connectors' duplicate guard makes those copies send nothing. A "postal"
/// message (the end of a bounce's correction delay) goes to the postal fallback, and so does the invoice of a customer
/// who prefers paper (<see cref="PreferredChannel.Postal"/>) instead of the mail.
/// </summary>
public sealed class DeliveryDispatcher(
    LedgerService ledger, EmailDeliveryService email, PostalDeliveryService postal, ConnectorDeliveryService connectorDelivery, IConnectorStore connectors, IPartyStore parties, IDeliveryQueue queue, ILogger<DeliveryDispatcher> logger)
{
    public async Task<DeliveryOutcome> DispatchAsync(DeliveryMessage message, string messageId, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(message.Connector))
        {
            return await connectorDelivery.DeliverAsync(message, messageId, cancellationToken);
        }

        if (string.Equals(message.Reason, nameof(DeliveryReason.Postal), StringComparison.OrdinalIgnoreCase))
        {
            return await postal.DeliverAsync(message, messageId, cancellationToken);
        }

        if (string.Equals(message.Reason, nameof(DeliveryReason.Issued), StringComparison.OrdinalIgnoreCase)
            && CompanyId.TryParse(message.Company, out var company) && !string.IsNullOrEmpty(message.InvoiceId))
        {
            foreach (var connector in (await connectors.ListAsync(company, cancellationToken)).Where(c => c.Enabled && !c.PrintProvider))
            {
                await queue.EnqueueAsync(message with { Connector = connector.Id }, cancellationToken);
                logger.FannedOut(company.Value, message.InvoiceId, connector.Id);
            }
        }

        return await PrefersPostAsync(message, cancellationToken)
            ? await postal.DeliverAsync(message, messageId, cancellationToken)
            : await email.DeliverAsync(message, messageId, cancellationToken);
    }

    private async Task<bool> PrefersPostAsync(DeliveryMessage message, CancellationToken cancellationToken)
    {
        if (!CompanyId.TryParse(message.Company, out var company) || string.IsNullOrEmpty(message.InvoiceId))
        {
            return false;
        }

        try
        {
            var invoice = await ledger.GetAsync(company, message.InvoiceId, cancellationToken);
            return (await parties.FindAsync(company, invoice.CounterpartyId, cancellationToken))?.Preferences?.Channel == PreferredChannel.Postal;
        }
        catch (InvoiceNotFoundException)
        {
            // The e-mail path reports the unknown invoice.
            return false;
        }
    }

    /// <summary>Asks for a new attempt of an issued sales invoice (after an unconfirmed or bounced one, a corrected address...).</summary>
    /// <param name="connector">A connector of the company for a re-send through it; null for e-mail.</param>
    public async Task<DeliveryMessage> RequestResendAsync(CompanyId company, string invoiceId, string? connector, CancellationToken cancellationToken)
    {
        var invoice = await ledger.GetAsync(company, invoiceId, cancellationToken);
        if (invoice.Direction != InvoiceDirection.Sales || invoice.Number is null || invoice.Status is InvoiceStatus.Draft or InvoiceStatus.Cancelled)
        {
            throw new InvoiceStateException(invoice.Id, invoice.Status, "delivered (only issued sales invoices are)");
        }

        if (connector is not null && await connectors.FindAsync(company, connector, cancellationToken) is null)
        {
            throw new ResourceNotFoundException("Connector", connector);
        }

        var message = new DeliveryMessage(company.Value, invoice.Id, "resend", connector);
        await queue.EnqueueAsync(message, cancellationToken);
        return message;
    }
}
