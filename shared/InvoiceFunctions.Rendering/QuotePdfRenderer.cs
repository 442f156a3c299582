using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Rendering.Drawing;
using InvoiceFunctions.Rendering.Layout;

namespace InvoiceFunctions.Rendering;

/// <summary>
/// Renders a quote (devis) as an A4 PDF with the invoice's composers: title, validity date, parties, references,
/// lines, VAT and totals, conditions (the notes), legal mentions, and a "bon pour accord" box for the customer's
/// signature; no payment block and no QR code, since nothing is due yet.
/// </summary>
public static class QuotePdfRenderer
{
    /// <summary>The PDF bytes; <paramref name="quote"/> carries computed figures (<see cref="Core.Totals.InvoiceCalculator.Complete"/>), its number and date.</summary>
    public static byte[] Render(Invoice quote, DateOnly validUntil, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(quote);
        options ??= new RenderOptions();
        // The validity date takes the due date's place in the header; a quote asks for no payment.
        var carrier = quote with { DueDate = validUntil, PaymentInstructions = null, TaxPointDate = null };
        using var c = new LayoutContext(carrier, options, DocumentKind.Quote);
        HeaderComposer.Compose(c);
        PartiesComposer.Compose(c);
        ReferencesComposer.Compose(c);
        LinesTableComposer.Compose(c);
        TotalsComposer.Compose(c);
        NotesComposer.Compose(c);
        AcceptanceComposer.Compose(c);
        FooterComposer.Compose(c);
        return PdfPainter.Paint(c.Pages, c.Shaper, InvoicePdfRenderer.Info(c, options));
    }
}
