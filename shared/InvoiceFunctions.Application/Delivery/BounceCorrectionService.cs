using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Ledger;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>
/// After a bounce, within the correction delay: the company gives the customer's right address; it replaces the contact's
/// (BT-49) and the invoice is re-sent by e-mail (a "resend" message). A re-send that goes through keeps the postal fallback away.
/// </summary>
public sealed class BounceCorrectionService(LedgerService ledger, IPartyStore parties, IDeliveryStore store, IDeliveryQueue queue, IOptions<DeliveryOptions> options, TimeProvider time)
{
    public async Task<DeliveryMessage> CorrectAsync(CompanyId company, string invoiceId, AddressCorrection correction, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(correction.Email) || !EmailSettingsService.IsAddress(correction.Email))
        {
            throw new RequestValidationException([new FieldError("email", "The customer's corrected e-mail address (name@domain).")]);
        }

        var invoice = await ledger.GetAsync(company, invoiceId, cancellationToken);
        var lastEmail = (await store.ListAsync(company, invoice.Id, cancellationToken)).Where(a => a.Channel == DeliveryChannel.Email).MaxBy(a => a.Attempt);
        if (lastEmail?.State != DeliveryState.Bounced)
        {
            throw new ResourceStateException($"The last e-mail delivery of invoice {invoice.Id} did not bounce ({lastEmail?.State.ToString() ?? "none"}): nothing to correct.");
        }

        var deadline = lastEmail.UpdatedAt + options.Value.CorrectionDelay;
        if (time.GetUtcNow() > deadline)
        {
            throw new ResourceStateException($"The correction delay ended at {deadline:u}: invoice {invoice.Id} went to the postal fallback.");
        }

        await parties.UpdateEmailAsync(company, invoice.CounterpartyId, correction.Email.Trim(), cancellationToken);
        var message = new DeliveryMessage(company.Value, invoice.Id, "resend");
        await queue.EnqueueAsync(message, cancellationToken);
        return message;
    }
}
