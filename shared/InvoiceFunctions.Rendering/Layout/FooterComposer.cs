namespace InvoiceFunctions.Rendering.Layout;

/// <summary>Every page's footer: the template's footer text and "page x of y", placed once the page count is known.</summary>
internal static class FooterComposer
{
    public static void Compose(LayoutContext c)
    {
        var count = c.Pages.Count;
        var top = PageGeometry.ContentBottom + 18f;
        for (var i = 0; i < count; i++)
        {
            Footer(c, i, count, top);
        }
    }

    private static void Footer(LayoutContext c, int index, int count, float top)
    {
        var page = c.Pages[index];
        var rule = new Drawing.RectOp(new SkiaSharp.SKRect(PageGeometry.Left, top - 6f, PageGeometry.Right, top - 5.5f), LayoutContext.Rule);
        page.Ops.Add(rule);
        var pageLabel = c.Labels.Format("Page", index + 1, count);
        var pageRun = c.Shaper.Shape(pageLabel, c.Small);
        page.Ops.Add(new Drawing.TextOp(pageRun, PageGeometry.Right - pageRun.Width, top + c.Shaper.Ascent(c.Small)));
        var footer = c.Template.FooterText ?? $"{c.Invoice.Seller.Name} · {HeaderComposer.Title(c)} {c.Invoice.Number}";
        var lines = c.Shaper.Wrap(footer, c.Small, PageGeometry.ContentWidth - pageRun.Width - 20f);
        var y = top;
        foreach (var line in lines.Take(2))
        {
            page.Ops.Add(new Drawing.TextOp(line, PageGeometry.Left, y + c.Shaper.Ascent(c.Small)));
            y += 9f;
        }
    }
}
