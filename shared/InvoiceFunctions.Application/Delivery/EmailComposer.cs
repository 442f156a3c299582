using InvoiceFunctions.Application.Archive;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Ledger;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>
/// The mail of one e-mail attempt: receiver, attachments from the last archive entry, the company's template in the
/// customer's language, the deterministic Message-ID, the receiver's signed "confirm receipt" link, and the route
/// (the company's own relay with its secret, or the app's transport). Or why none can be sent (a permanent problem).
/// </summary>
public sealed class EmailComposer(
    ArchiveService archive,
    CompanyService companies,
    IPartyStore parties,
    EmailSettingsService settings,
    MailRoutes routes,
    DeliveryAcknowledgementLinks links,
    IOptions<DeliveryOptions> options,
    TimeProvider time)
{
    public async Task<(OutgoingMail? Mail, string? Problem)> ComposeAsync(DeliveryRecord record, LedgerInvoice invoice, CancellationToken cancellationToken)
    {
        if (invoice.Direction != InvoiceDirection.Sales || invoice.Number is null || invoice.Status is InvoiceStatus.Draft or InvoiceStatus.Cancelled)
        {
            return (null, $"Invoice {invoice.Id} is not an issued sales invoice (status {invoice.Status}).");
        }

        var customer = await parties.FindAsync(record.Company, invoice.CounterpartyId, cancellationToken);
        if (string.IsNullOrWhiteSpace(customer?.Email) || !EmailSettingsService.IsAddress(customer.Email))
        {
            return (null, $"The customer '{invoice.CounterpartyId}' has no valid e-mail address: set it on the contact, then ask for a re-send.");
        }

        var email = await settings.GetAsync(record.Company, cancellationToken);
        var (route, routeProblem) = routes.For(record.Company, email.Smtp);
        if (routeProblem is not null)
        {
            return (null, routeProblem);
        }

        if (invoice.Archive.Count == 0)
        {
            return (null, $"Invoice {invoice.Id} has no archived documents to send.");
        }

        var company = await companies.GetAsync(record.Company, cancellationToken);
        var manifest = await archive.GetManifestAsync(record.Company, invoice.Archive[^1].ManifestSha256, cancellationToken);
        var choice = AttachmentChoice.For(customer, email.Attachments);
        var files = AttachmentChoice.Pick(manifest.Files, choice);
        if (files.Count == 0)
        {
            return (null, $"The archive entry {manifest.Sequence} has no file for the attachment choice {choice}.");
        }

        var attachments = new List<MailAttachment>();
        foreach (var file in files)
        {
            attachments.Add(new MailAttachment(file.Name, file.ContentType, await archive.GetObjectAsync(record.Company, file.Sha256, cancellationToken)));
        }

        if (EmailSettingsService.SenderAddressOf(email, options.Value) is not { } sender)
        {
            return (null, "No sender address: set senderAddress in the company's e-mail settings (or Delivery__DefaultSenderAddress).");
        }

        var messageId = $"{invoice.Id}.{record.Attempt}@{sender[(sender.LastIndexOf('@') + 1)..]}";
        var acknowledgeUrl = links.EmailUrlFor(messageId, time.GetUtcNow());
        var language = DeliveryLanguage.For(customer);
        var (subject, body) = EmailTemplateRenderer.Render(email.Templates[language], EmailTemplateModel.For(invoice, customer, company, language, acknowledgeUrl));
        body = DefaultEmailTemplates.WithAcknowledgementLink(body, acknowledgeUrl, language);
        return (new OutgoingMail(messageId, email.SenderName ?? company.Name, sender, email.ReplyTo, customer.Email.Trim(), subject, body, attachments, customer.CcEmails, route), null);
    }
}
