using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Rendering.Drawing;
using InvoiceFunctions.Rendering.Layout;

namespace InvoiceFunctions.Rendering;

/// <summary>
/// Renders an invoice or credit note as an A4 PDF. The invoice must carry its computed figures (line net amounts,
/// VAT breakdown, totals: <see cref="Core.Totals.InvoiceCalculator.Complete"/>); the layout prints them and never computes.
/// </summary>
public static class InvoicePdfRenderer
{
    /// <summary>The PDF bytes.</summary>
    public static byte[] Render(Invoice invoice, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        options ??= new RenderOptions();
        using var context = Compose(invoice, options);
        return PdfPainter.Paint(context.Pages, context.Shaper, Info(context, options));
    }

    internal static LayoutContext Compose(Invoice invoice, RenderOptions options)
    {
        var c = new LayoutContext(invoice, options);
        HeaderComposer.Compose(c);
        PartiesComposer.Compose(c);
        ReferencesComposer.Compose(c);
        LinesTableComposer.Compose(c);
        TotalsComposer.Compose(c);
        PaymentComposer.Compose(c);
        NotesComposer.Compose(c);
        FooterComposer.Compose(c);
        return c;
    }

    internal static PdfInfo Info(LayoutContext c, RenderOptions options)
    {
        var title = $"{HeaderComposer.Title(c)} {c.Invoice.Number}";
        var created = options.CreatedAt ?? new DateTimeOffset(c.Invoice.IssueDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return new PdfInfo(title, c.Invoice.Seller.Name, $"{title} - {c.Invoice.Buyer.Name}", created);
    }
}
