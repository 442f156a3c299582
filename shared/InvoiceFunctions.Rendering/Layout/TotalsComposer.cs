using InvoiceFunctions.Core.Model;
using SkiaSharp;

namespace InvoiceFunctions.Rendering.Layout;

/// <summary>The VAT breakdown (BG-23, left) and the document totals (BG-22, right), printed as declared on the invoice.</summary>
internal static class TotalsComposer
{
    private const float VatWidth = 290f;
    private const float TotalsLeft = PageGeometry.Right - 215f;

    public static void Compose(LayoutContext c)
    {
        var totals = Rows(c);
        var vatRows = c.Invoice.VatBreakdowns.Count;
        var exemptions = c.Invoice.VatBreakdowns.Where(b => !string.IsNullOrWhiteSpace(b.ExemptionReason) || b.ExemptionReasonCode is not null).ToList();
        var height = Math.Max(14f + (vatRows * 12f) + (exemptions.Count * 11f), (totals.Count * 13f) + 8f);
        c.EnsureSpace(height + 10f);
        var top = c.Y;
        VatTable(c, top, exemptions);

        var y = top;
        foreach (var (label, amount, emphasis) in totals)
        {
            if (emphasis)
            {
                c.Fill(new SKRect(TotalsLeft - 6f, y - 3f, PageGeometry.Right, y + 13f), c.Accent);
                c.Text(label, TotalsLeft, y, c.Body.AsBold().WithSize(9.5f).WithColor(SKColors.White));
                c.Text(c.Format.Money(amount), PageGeometry.Right - 4f, y, c.Body.AsBold().WithSize(9.5f).WithColor(SKColors.White), TextAlign.Right);
                y += 18f;
                continue;
            }

            c.Text(label, TotalsLeft, y, c.Body);
            c.Text(c.Format.Money(amount), PageGeometry.Right - 4f, y, c.Body, TextAlign.Right);
            y += 13f;
        }

        c.Y = Math.Max(y, top + height) + 10f;
    }

    private static void VatTable(LayoutContext c, float top, List<VatBreakdown> exemptions)
    {
        var x = PageGeometry.Left;
        var style = c.Small.AsBold();
        c.Text(c.Labels["VatCategory"], x, top, style);
        c.Text(c.Labels["TaxableAmount"], x + 200f, top, style, TextAlign.Right);
        c.Text(c.Labels["VatAmount"], x + VatWidth - 10f, top, style, TextAlign.Right);
        c.Fill(new SKRect(x, top + 10f, x + VatWidth, top + 10.5f), LayoutContext.Rule);
        var y = top + 14f;
        foreach (var b in c.Invoice.VatBreakdowns)
        {
            c.Text(Category(c, b.Category, b.Rate), x, y, c.Body);
            c.Text(c.Format.Amount(b.TaxableAmount), x + 200f, y, c.Body, TextAlign.Right);
            c.Text(c.Format.Amount(b.TaxAmount), x + VatWidth - 10f, y, c.Body, TextAlign.Right);
            y += 12f;
        }

        foreach (var b in exemptions)
        {
            var reason = b.ExemptionReason ?? b.ExemptionReasonCode!;
            y += c.Paragraph(c.Labels.Format("Exemption", Category(c, b.Category, b.Rate), reason), x, y, VatWidth, c.Small);
        }
    }

    public static string Category(LayoutContext c, VatCategory category, decimal? rate) =>
        c.Labels.Format("Vat_" + category, rate is { } r ? c.Format.Rate(r) : string.Empty);

    private static List<(string Label, decimal Amount, bool Emphasis)> Rows(LayoutContext c)
    {
        var t = c.Invoice.Totals;
        var rows = new List<(string, decimal, bool)>();
        if (t.AllowanceTotal is not null || t.ChargeTotal is not null)
        {
            rows.Add((c.Labels["LineTotal"], t.LineNetTotal, false));
        }

        if (t.AllowanceTotal is { } allowances)
        {
            rows.Add((c.Labels["Allowances"], -allowances, false));
        }

        if (t.ChargeTotal is { } charges)
        {
            rows.Add((c.Labels["Charges"], charges, false));
        }

        rows.Add((c.Labels["TotalNet"], t.TaxExclusiveAmount, false));
        rows.Add((c.Labels["TotalVat"], t.TaxTotal ?? 0m, false));
        // A quote asks for nothing yet: its total incl. VAT is the figure that stands out, there is no amount due.
        var quote = c.Kind == DocumentKind.Quote;
        rows.Add((c.Labels["TotalGross"], t.TaxInclusiveAmount, quote));
        if (quote)
        {
            return rows;
        }

        if (t.PrepaidAmount is { } prepaid and not 0m)
        {
            rows.Add((c.Labels["Prepaid"], -prepaid, false));
        }

        if (t.RoundingAmount is { } rounding and not 0m)
        {
            rows.Add((c.Labels["Rounding"], rounding, false));
        }

        rows.Add((c.Labels["AmountDue"], t.AmountDue, true));
        return rows;
    }
}
