using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Rendering;

namespace InvoiceFunctions.Application.Quotes;

/// <summary>
/// The quote as a PDF (devis): composed like an invoice from its content and the company's current profile, customer
/// and template (logo, font, fields), dated the day it was drafted, its conditions printed as notes. Drawn on request,
/// not stored: a quote is not an accounting document.
/// </summary>
public sealed class QuoteDocuments(QuoteService quotes, DocumentSources sources)
{
    public async Task<(string FileName, byte[] Pdf)> RenderAsync(CompanyId company, string id, CancellationToken cancellationToken)
    {
        var quote = await quotes.GetAsync(company, id, cancellationToken);
        var snapshot = await sources.SnapshotAsync(company, quote.Content.CustomerId!, cancellationToken);
        var logo = await sources.LogoAsync(company, cancellationToken);
        var number = quote.Number ?? quote.Id;
        var document = DocumentComposer.Compose(snapshot, new DocumentDraft(quote.Content), number, DateOnly.FromDateTime(quote.CreatedAt.UtcDateTime));
        if (quote.Conditions is { } conditions)
        {
            document = document with { Notes = [.. document.Notes, new Core.Model.Note(conditions)] };
        }

        var options = DocumentComposer.RenderOptionsOf(snapshot.Profile, snapshot.Customer, quote.Content, logo);
        return ($"devis-{DocumentRenderer.SafeName(number)}.pdf", QuotePdfRenderer.Render(document, quote.ValidUntil, options));
    }
}
