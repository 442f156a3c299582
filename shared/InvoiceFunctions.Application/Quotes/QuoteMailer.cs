using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Ledger;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Quotes;

/// <summary>
/// Mails a sent quote to its customer once: the contact's address, its language, the company's sender and quote
/// template, the stored PDF attached, the signed link in the body. The intent (Sending, with its Message-ID) is written
/// to the quote with its version before the SMTP send, so of two concurrent or retried sends one mails and the other
/// finds it claimed; a crash after the claim leaves it Sending and it is not re-sent (as for invoices: at most once).
/// </summary>
public sealed class QuoteMailer(
    IQuoteStore store,
    CompanyService companies,
    IPartyStore parties,
    EmailSettingsService settings,
    IMailSender mail,
    MailRoutes routes,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<QuoteMailer> logger)
{
    public async Task<Quote> MailOnceAsync(Quote quote, MailAttachment pdf, string acceptLink, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (quote.Mail is { State: QuoteMailState.Sending or QuoteMailState.Sent } done)
            {
                logger.AlreadyMailed(quote.Company.Value, quote.Id, done.State);
                return quote;
            }

            var (composed, problem) = await ComposeAsync(quote, pdf, acceptLink, cancellationToken);
            var intent = composed is null
                ? new QuoteMail(QuoteMailState.Failed, null, null, problem, time.GetUtcNow())
                : new QuoteMail(QuoteMailState.Sending, composed.To, composed.MessageId, null, time.GetUtcNow());
            Quote claimed;
            try
            {
                claimed = await store.UpdateAsync(quote with { Mail = intent }, cancellationToken);
            }
            catch (ConcurrencyConflictException)
            {
                // Changed since read (another send claimed it, or a decision): read again and decide again.
                quote = await store.FindAsync(quote.Company, quote.Id, cancellationToken) ?? throw new ResourceNotFoundException("Quote", quote.Id);
                continue;
            }

            if (composed is null)
            {
                logger.NotMailed(quote.Company.Value, quote.Id, problem!);
                return claimed;
            }

            return await SendAsync(claimed, composed, cancellationToken);
        }
    }

    private async Task<Quote> SendAsync(Quote claimed, OutgoingMail composed, CancellationToken cancellationToken)
    {
        QuoteMail outcome;
        try
        {
            await mail.SendAsync(composed, cancellationToken);
            outcome = claimed.Mail! with { State = QuoteMailState.Sent, At = time.GetUtcNow() };
            logger.Mailed(claimed.Company.Value, claimed.Id, composed.To, composed.MessageId);
        }
        catch (Exception ex) when (ex is MailTransientException or MailRejectedException)
        {
            // Nothing was accepted: Failed, so sending the quote again tries again.
            outcome = claimed.Mail! with { State = QuoteMailState.Failed, Detail = ex.Message, At = time.GetUtcNow() };
            logger.NotMailed(claimed.Company.Value, claimed.Id, ex.Message);
        }

        // Any other exception leaves the claim "Sending": the outcome is unknown, so it is not sent again.
        for (var quote = claimed; ;)
        {
            try
            {
                return await store.UpdateAsync(quote with { Mail = outcome }, CancellationToken.None);
            }
            catch (ConcurrencyConflictException)
            {
                // Decided in between (the customer was quick): only the mail field is ours to write.
                quote = await store.FindAsync(claimed.Company, claimed.Id, CancellationToken.None) ?? throw new ResourceNotFoundException("Quote", claimed.Id);
            }
        }
    }

    /// <returns>The mail, or why none can be sent (no address, no SMTP server, no sender).</returns>
    private async Task<(OutgoingMail? Mail, string? Problem)> ComposeAsync(Quote quote, MailAttachment pdf, string acceptLink, CancellationToken cancellationToken)
    {
        var customer = await parties.FindAsync(quote.Company, quote.Content.CustomerId!, cancellationToken);
        if (customer is null || string.IsNullOrWhiteSpace(customer.Email) || !EmailSettingsService.IsAddress(customer.Email))
        {
            return (null, $"The customer '{quote.Content.CustomerId}' has no valid e-mail address: set it on the contact, then send the quote again.");
        }

        var email = await settings.GetAsync(quote.Company, cancellationToken);
        var (route, routeProblem) = routes.For(quote.Company, email.Smtp);
        if (routeProblem is not null)
        {
            return (null, routeProblem);
        }

        var company = await companies.GetAsync(quote.Company, cancellationToken);
        if (EmailSettingsService.SenderAddressOf(email, options.Value) is not { } sender)
        {
            return (null, "No sender address: set senderAddress in the company's e-mail settings (or Delivery__DefaultSenderAddress).");
        }

        var language = DeliveryLanguage.For(customer);
        var template = email.QuoteTemplates?.GetValueOrDefault(language) ?? DefaultEmailTemplates.QuoteFor(language);
        var (subject, body) = EmailTemplateRenderer.Render(template, QuoteEmailModel.For(quote, customer, company, language, acceptLink));
        var messageId = $"{quote.Id}@{sender[(sender.LastIndexOf('@') + 1)..]}";
        return (new OutgoingMail(messageId, email.SenderName ?? company.Name, sender, email.ReplyTo, customer.Email.Trim(), subject, body, [pdf], customer.CcEmails, route), null);
    }
}
