namespace InvoiceFunctions.Rendering.Layout;

/// <summary>The references present on the invoice, as label/value pairs in two columns (the preceding invoice even when the template hides references).</summary>
internal static class ReferencesComposer
{
    public static void Compose(LayoutContext c)
    {
        // The preceding invoice (BG-3) is always printed: a credit note or corrective invoice must name what it corrects.
        var invoice = c.Invoice;
        var all = c.Shows(Templates.TemplateFields.References);
        var pairs = all ? new List<(string, string?)>
        {
            ("BuyerReference", invoice.BuyerReference),
            ("PurchaseOrder", invoice.PurchaseOrderReference),
            ("SalesOrder", invoice.SalesOrderReference),
            ("Contract", invoice.ContractReference),
            ("Project", invoice.ProjectReference),
        } : [];
        pairs.AddRange(invoice.PrecedingInvoices.Select(p => ("PrecedingInvoice", (string?)(p.IssueDate is { } d ? $"{p.Number} ({c.Format.Date(d)})" : p.Number))));
        if (all && invoice.InvoicingPeriod is { Start: { } start, End: { } end })
        {
            pairs.Add(("Period", c.Labels.Format("PeriodRange", c.Format.Date(start), c.Format.Date(end))));
        }

        var present = pairs.Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => (Label: c.Labels[p.Item1], Value: p.Item2!)).ToList();
        if (present.Count == 0)
        {
            return;
        }

        var half = PageGeometry.ContentWidth / 2;
        var y = c.Y;
        for (var i = 0; i < present.Count; i++)
        {
            var x = PageGeometry.Left + (i % 2 * half);
            var (label, value) = present[i];
            var labelWidth = c.Text(label + c.Labels["Colon"], x, y, c.Small);
            c.Text(value, x + Math.Max(labelWidth + 4f, 90f), y, c.Body);
            if (i % 2 == 1 || i == present.Count - 1)
            {
                y += 11f;
            }
        }

        c.Y = y + 8f;
    }
}
