using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Rendering;

namespace InvoiceFunctions.Application.Quotes;

/// <summary>
/// The quote as a PDF (devis): composed like an invoice from its content and the company's current profile, customer
/// and template (font, fields; the logo frozen when it was sent), dated the day it was drafted, its conditions printed
/// as notes. A draft's is drawn on request; a sent quote's is drawn once and stored, and that one is served from then
/// on: the PDF the customer received is the one kept.
/// </summary>
public sealed class QuoteDocuments(QuoteService quotes, DocumentSources sources, IQuotePdfStore pdfs)
{
    public async Task<(string FileName, byte[] Pdf)> GetAsync(CompanyId company, string id, CancellationToken cancellationToken)
    {
        var quote = await quotes.GetAsync(company, id, cancellationToken);
        return quote.Status == QuoteStatus.Draft ? (FileName(quote), await DrawAsync(quote, cancellationToken)) : await StoredAsync(quote, cancellationToken);
    }

    /// <summary>The stored PDF of a sent quote; drawn and stored (write-once) the first time, so a retried send finds the first one.</summary>
    public async Task<(string FileName, byte[] Pdf)> StoredAsync(Quote quote, CancellationToken cancellationToken)
    {
        var name = FileName(quote);
        return (name, await pdfs.GetAsync(quote.Company, quote.Id, name, cancellationToken)
            ?? await pdfs.PutOnceAsync(quote.Company, quote.Id, name, await DrawAsync(quote, cancellationToken), cancellationToken));
    }

    private async Task<byte[]> DrawAsync(Quote quote, CancellationToken cancellationToken)
    {
        var snapshot = await sources.SnapshotAsync(quote.Company, quote.Content.CustomerId!, cancellationToken);
        var logo = await sources.LogoAsync(quote.Company, quote.Logo, cancellationToken);
        var document = DocumentComposer.Compose(snapshot, new DocumentDraft(quote.Content), quote.Number ?? quote.Id, DateOnly.FromDateTime(quote.CreatedAt.UtcDateTime));
        if (quote.Conditions is { } conditions)
        {
            document = document with { Notes = [.. document.Notes, new Core.Model.Note(conditions)] };
        }

        var options = DocumentComposer.RenderOptionsOf(snapshot.Profile, snapshot.Customer, quote.Content, logo);
        return QuotePdfRenderer.Render(document, quote.ValidUntil, options);
    }

    private static string FileName(Quote quote) => $"devis-{DocumentRenderer.SafeName(quote.Number ?? quote.Id)}.pdf";
}
