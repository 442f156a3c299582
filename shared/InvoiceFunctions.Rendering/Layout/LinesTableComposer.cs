using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Rendering.Templates;
using SkiaSharp;

namespace InvoiceFunctions.Rendering.Layout;

/// <summary>The line table: a header row in the accent colour, repeated on every page the lines flow onto.</summary>
internal static class LinesTableComposer
{
    private const float RowPadding = 3f;
    private const float HeaderHeight = 16f;

    // Right edges of the numeric columns, from the right margin.
    private static readonly float AmountRight = PageGeometry.Right - 4f;
    private static readonly float VatRight = PageGeometry.Right - 80f;
    private static readonly float PriceRight = PageGeometry.Right - 122f;
    private static readonly float UnitLeft = PageGeometry.Right - 218f;
    private static readonly float QuantityRight = PageGeometry.Right - 224f;
    private static readonly float DescriptionWidth = QuantityRight - 40f - PageGeometry.Left - 4f;

    public static void Compose(LayoutContext c)
    {
        c.EnsureSpace(HeaderHeight + 30f);
        Header(c);
        var shade = false;
        foreach (var line in c.Invoice.Lines)
        {
            var description = Description(c, line);
            var height = description.Sum(d => c.ParagraphHeight(d.Text, DescriptionWidth, d.Style)) + (2 * RowPadding);
            if (c.EnsureSpace(height))
            {
                Header(c);
            }

            if (shade)
            {
                c.Fill(new SKRect(PageGeometry.Left, c.Y, PageGeometry.Right, c.Y + height), LayoutContext.Shade);
            }

            Row(c, line, description);
            c.Y += height;
            shade = !shade;
        }

        c.HorizontalRule(c.Y, c.Accent, 0.8f);
        c.Y += 10f;
    }

    private static void Header(LayoutContext c)
    {
        c.Fill(new SKRect(PageGeometry.Left, c.Y, PageGeometry.Right, c.Y + HeaderHeight), c.Accent);
        var style = c.Body.AsBold().WithSize(8f).WithColor(SKColors.White);
        var top = c.Y + 4f;
        c.Text(c.Labels["ColDescription"], PageGeometry.Left + 4f, top, style);
        c.Text(c.Labels["ColQuantity"], QuantityRight, top, style, TextAlign.Right);
        c.Text(c.Labels["ColUnit"], UnitLeft, top, style);
        c.Text(c.Labels["ColUnitPrice"], PriceRight, top, style, TextAlign.Right);
        c.Text(c.Labels["ColVat"], VatRight, top, style, TextAlign.Right);
        c.Text(c.Labels["ColAmount"], AmountRight, top, style, TextAlign.Right);
        c.Y += HeaderHeight;
    }

    private static void Row(LayoutContext c, InvoiceLine line, List<(string Text, Text.TextStyle Style)> description)
    {
        var top = c.Y + RowPadding;
        var y = top;
        foreach (var (text, style) in description)
        {
            y += c.Paragraph(text, PageGeometry.Left + 4f, y, DescriptionWidth, style);
        }

        c.Text(c.Format.Quantity(line.Quantity), QuantityRight, top, c.Body, TextAlign.Right);
        c.Text(c.Labels.Find("Unit_" + line.UnitCode) ?? line.UnitCode, UnitLeft, top, c.Body);
        c.Text(c.Format.Price(line.Price.NetPrice), PriceRight, top, c.Body, TextAlign.Right);
        c.Text(line.VatRate is { } rate ? c.Format.Rate(rate) + " %" : VatCode(line.VatCategory), VatRight, top, c.Body, TextAlign.Right);
        c.Text(c.Format.Amount(line.NetAmount), AmountRight, top, c.Body, TextAlign.Right);
    }

    private static List<(string Text, Text.TextStyle Style)> Description(LayoutContext c, InvoiceLine line)
    {
        var name = c.Shows(TemplateFields.SellerItemId) && line.Item.SellerId is { } id ? $"{id} · {line.Item.Name}" : line.Item.Name;
        var parts = new List<(string Text, Text.TextStyle Style)> { (name, c.Body) };
        if (c.Shows(TemplateFields.LineDescriptions))
        {
            if (!string.IsNullOrWhiteSpace(line.Item.Description))
            {
                parts.Add((line.Item.Description, c.Small));
            }

            if (!string.IsNullOrWhiteSpace(line.Note))
            {
                parts.Add((line.Note, c.Small));
            }

            if (line.Period is { Start: { } start, End: { } end })
            {
                parts.Add((c.Labels.Format("PeriodRange", c.Format.Date(start), c.Format.Date(end)), c.Small));
            }
        }

        return parts;
    }

    private static string VatCode(VatCategory category) => category switch
    {
        VatCategory.OutsideScope => "O",
        VatCategory.Exempt => "E",
        VatCategory.ReverseCharge => "AE",
        VatCategory.IntraCommunity => "K",
        VatCategory.Export => "G",
        _ => "-",
    };
}
