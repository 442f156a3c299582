using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Rendering.Drawing;
using SkiaSharp;

namespace InvoiceFunctions.Rendering.Layout;

/// <summary>The top of the first page: logo, document title in the accent colour, number and dates.</summary>
internal static class HeaderComposer
{
    private const float LogoMaxWidth = 150f;
    private const float LogoMaxHeight = 55f;

    public static string Title(LayoutContext c) => c.Labels[c.Invoice.TypeCode switch
    {
        InvoiceTypeCode.CreditNote => "CreditNote",
        InvoiceTypeCode.Corrective => "CorrectiveInvoice",
        InvoiceTypeCode.Prepayment => "PrepaymentInvoice",
        InvoiceTypeCode.SelfBilled => "SelfBilledInvoice",
        _ => "Invoice",
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
            rows.Add((c.Labels["DueDate"], c.Format.Date(due)));
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

        var image = SKImage.FromEncodedData(c.Template.Logo.Span);
        if (image is null)
        {
            throw new RenderingException("The template logo is not a PNG or JPEG image.");
        }

        var scale = Math.Min(LogoMaxWidth / image.Width, LogoMaxHeight / image.Height);
        var rect = SKRect.Create(PageGeometry.Left, top, image.Width * scale, image.Height * scale);
        c.Page.Ops.Add(new ImageOp(image, rect));
        return rect.Height;
    }
}
