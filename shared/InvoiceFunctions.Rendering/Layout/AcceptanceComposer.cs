using SkiaSharp;

namespace InvoiceFunctions.Rendering.Layout;

/// <summary>The quote's "bon pour accord" block: how to accept, and a framed box for the date, signature and stamp.</summary>
internal static class AcceptanceComposer
{
    private const float BoxWidth = 230f;
    private const float BoxHeight = 78f;

    public static void Compose(LayoutContext c)
    {
        var hint = c.Labels["QuoteAcceptanceHint"];
        var hintWidth = PageGeometry.ContentWidth - BoxWidth - 20f;
        c.EnsureSpace(BoxHeight + 24f);
        var top = c.Y;
        c.Text(c.Labels["QuoteAcceptance"], PageGeometry.Left, top, c.Heading);
        c.HorizontalRule(top + 12f, c.Accent);
        c.Paragraph(hint, PageGeometry.Left, top + 18f, hintWidth, c.Body);

        // A frame of four thin rules (the painter fills rectangles), with its two captions inside.
        var box = SKRect.Create(PageGeometry.Right - BoxWidth, top + 18f, BoxWidth, BoxHeight);
        c.Fill(new SKRect(box.Left, box.Top, box.Right, box.Top + 0.6f), LayoutContext.Muted);
        c.Fill(new SKRect(box.Left, box.Bottom - 0.6f, box.Right, box.Bottom), LayoutContext.Muted);
        c.Fill(new SKRect(box.Left, box.Top, box.Left + 0.6f, box.Bottom), LayoutContext.Muted);
        c.Fill(new SKRect(box.Right - 0.6f, box.Top, box.Right, box.Bottom), LayoutContext.Muted);
        c.Text(c.Labels["AcceptanceDate"] + c.Labels["Colon"], box.Left + 5f, box.Top + 5f, c.Small);
        c.Text(c.Labels["AcceptanceSignature"], box.Left + 5f, box.Top + 20f, c.Small);
        c.Y = box.Bottom + 12f;
    }
}
