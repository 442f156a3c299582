using SkiaSharp;

namespace InvoiceFunctions.Rendering.Layout;

/// <summary>The reminder's table of overdue invoices (number, dates, days late, amount due), the fees claimed and the total due.</summary>
internal static class OverdueTableComposer
{
    private const float HeaderHeight = 16f;
    private const float RowHeight = 14f;
    private static readonly float AmountRight = PageGeometry.Right - 4f;
    private static readonly float LateRight = PageGeometry.Right - 110f;
    private static readonly float DueLeft = PageGeometry.Left + 250f;
    private static readonly float IssuedLeft = PageGeometry.Left + 140f;

    public static void Compose(LayoutContext c, IReadOnlyList<OverdueInvoice> items, IReadOnlyList<ReminderFee> fees, DateOnly asOf)
    {
        c.EnsureSpace(60f);
        var intro = c.Labels[c.Kind == DocumentKind.FormalNotice ? "FormalNoticeIntro" : "ReminderIntro"];
        c.Paragraph(intro, PageGeometry.Left, c.Y, PageGeometry.ContentWidth, c.Body);
        c.Y += c.ParagraphHeight(intro, PageGeometry.ContentWidth, c.Body) + 8f;
        Header(c);
        var shade = false;
        foreach (var item in items)
        {
            if (c.EnsureSpace(RowHeight))
            {
                Header(c);
            }

            if (shade)
            {
                c.Fill(new SKRect(PageGeometry.Left, c.Y, PageGeometry.Right, c.Y + RowHeight), LayoutContext.Shade);
            }

            var top = c.Y + 3f;
            c.Text(item.Number, PageGeometry.Left + 4f, top, c.Body);
            c.Text(c.Format.Date(item.IssueDate), IssuedLeft, top, c.Body);
            c.Text(c.Format.Date(item.DueDate), DueLeft, top, c.Body);
            c.Text(Math.Max(0, asOf.DayNumber - item.DueDate.DayNumber).ToString(c.Labels.Culture), LateRight, top, c.Body, TextAlign.Right);
            c.Text(c.Format.Money(item.AmountDue), AmountRight, top, c.Body, TextAlign.Right);
            c.Y += RowHeight;
            shade = !shade;
        }

        foreach (var fee in fees)
        {
            // A fee is its own document: named beside it, counted in the total due, never added to the invoice.
            if (c.EnsureSpace(RowHeight))
            {
                Header(c);
            }

            var label = c.Labels[fee.Kind.ToString()] + (fee.Document is null ? "" : $" ({fee.Document})");
            c.Text(label, PageGeometry.Left + 4f, c.Y + 3f, c.Body);
            c.Text(c.Format.Money(fee.Amount), AmountRight, c.Y + 3f, c.Body, TextAlign.Right);
            c.Y += RowHeight;
        }

        c.HorizontalRule(c.Y, c.Accent, 0.8f);
        c.EnsureSpace(26f);
        var totalTop = c.Y + 6f;
        var style = c.Body.AsBold().WithSize(9.5f).WithColor(SKColors.White);
        c.Fill(new SKRect(PageGeometry.Right - 215f, totalTop - 3f, PageGeometry.Right, totalTop + 13f), c.Accent);
        c.Text(c.Labels["TotalDue"], PageGeometry.Right - 209f, totalTop, style);
        c.Text(c.Format.Money(items.Sum(i => i.AmountDue) + fees.Sum(f => f.Amount)), AmountRight, totalTop, style, TextAlign.Right);
        c.Y = totalTop + 26f;
    }

    private static void Header(LayoutContext c)
    {
        c.Fill(new SKRect(PageGeometry.Left, c.Y, PageGeometry.Right, c.Y + HeaderHeight), c.Accent);
        var style = c.Body.AsBold().WithSize(8f).WithColor(SKColors.White);
        var top = c.Y + 4f;
        c.Text(c.Labels["InvoiceNumber"], PageGeometry.Left + 4f, top, style);
        c.Text(c.Labels["IssueDate"], IssuedLeft, top, style);
        c.Text(c.Labels["DueDate"], DueLeft, top, style);
        c.Text(c.Labels["DaysLate"], LateRight, top, style, TextAlign.Right);
        c.Text(c.Labels["AmountDue"], AmountRight, top, style, TextAlign.Right);
        c.Y += HeaderHeight;
    }
}
