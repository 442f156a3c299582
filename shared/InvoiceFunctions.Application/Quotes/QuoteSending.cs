using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Delivery;

namespace InvoiceFunctions.Application.Quotes;

/// <summary>
/// Sending a quote end to end: numbered and marked sent (logo frozen), its PDF drawn once and stored, then mailed to
/// the customer with that PDF and the signed link, once. Each step finds the previous run's work, so a retry or a
/// second send completes what a failed one left and never mails twice.
/// </summary>
public sealed class QuoteSending(QuoteService quotes, QuoteDocuments documents, QuoteMailer mailer)
{
    /// <param name="linkBase">What the token is appended to for the customer's link (the API's public address + "/api/quotes/").</param>
    public async Task<(Quote Quote, string AcceptLink)> SendAsync(CompanyId company, string id, string linkBase, CancellationToken cancellationToken)
    {
        var (quote, token) = await quotes.SendAsync(company, id, cancellationToken);
        var link = linkBase + token;
        if (quote.Mail is { State: QuoteMailState.Sending or QuoteMailState.Sent })
        {
            return (quote, link);
        }

        var (name, pdf) = await documents.StoredAsync(quote, cancellationToken);
        return (await mailer.MailOnceAsync(quote, new MailAttachment(name, "application/pdf", pdf), link, cancellationToken), link);
    }
}
