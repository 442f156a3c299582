using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Rendering.Drawing;
using InvoiceFunctions.Rendering.Templates;
using SkiaSharp;

namespace InvoiceFunctions.Rendering.Layout;

/// <summary>The top of the first page: logo, document title in the accent colour, number and dates.</summary>
internal static class HeaderComposer
{
    private const float LogoMaxWidth = 150f;
    private const float LogoMaxHeight = 55f;

    public static string Title(LayoutContext c) => c.Labels[c.Kind switch
    {
        DocumentKind.Quote => "Quote",
        DocumentKind.Reminder => "Reminder",
        DocumentKind.FirmReminder => "FirmReminder",
        DocumentKind.FormalNotice => "FormalNotice",
        _ => InvoiceTitle(c.Invoice.TypeCode),
    }];

    public static void Compose(LayoutContext c)
    {
        var invoice = c.Invoice;
        var top = c.Y;
        var logoHeight = Logo(c, top);
        c.Text(Title(c), PageGeometry.Right, top, c.Body.AsBold().WithSize(20f).WithColor(c.Accent), TextAlign.Right);

        var rows = new List<(string Label, string Value)>
        {
            (c.Labels["Number"], invoice.Number),
            (c.Labels["IssueDate"], c.Format.Date(invoice.IssueDate)),
        };
        if (invoice.DueDate is { } due)
        {
            // A quote carries its validity date where an invoice carries its due date.
            rows.Add((c.Labels[c.Kind == DocumentKind.Quote ? "ValidUntil" : "DueDate"], c.Format.Date(due)));
        }

        if (invoice.TaxPointDate is { } taxPoint)
        {
            rows.Add((c.Labels["TaxPointDate"], c.Format.Date(taxPoint)));
        }

        var y = top + 30f;
        foreach (var (label, value) in rows)
        {
            c.Text(label, PageGeometry.Right - 130f, y, c.Small);
            c.Text(value, PageGeometry.Right, y, c.Body.AsBold(), TextAlign.Right);
            y += 12f;
        }

        c.Y = Math.Max(y, top + logoHeight) + 14f;
    }

    private static float Logo(LayoutContext c, float top)
    {
        if (c.Template.Logo.IsEmpty)
        {
            return 0f;
        }

        var logo = LogoImages.Get(c.Template.Logo.Span);
        var rect = Fit(top, logo.Width, logo.Height);
        c.Page.Ops.Add(new LogoOp(logo, rect));
        return rect.Height;
    }

    /// <summary>The logo box at the top left: the image scaled to fit 150 x 55 pt, keeping its proportions.</summary>
    private static SKRect Fit(float top, float width, float height)
    {
        var scale = Math.Min(LogoMaxWidth / width, LogoMaxHeight / height);
        return SKRect.Create(PageGeometry.Left, top, width * scale, height * scale);
    }

    private static string InvoiceTitle(InvoiceTypeCode type) => type switch
    {
        InvoiceTypeCode.CreditNote => "CreditNote",
        InvoiceTypeCode.Corrective => "CorrectiveInvoice",
        InvoiceTypeCode.Prepayment => "PrepaymentInvoice",
        InvoiceTypeCode.SelfBilled => "SelfBilledInvoice",
        _ => "Invoice",
    };
}
