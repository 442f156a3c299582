using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Rendering.Drawing;
using InvoiceFunctions.Rendering.Localization;
using InvoiceFunctions.Rendering.Templates;
using InvoiceFunctions.Rendering.Text;
using SkiaSharp;

namespace InvoiceFunctions.Rendering.Layout;

/// <summary>The state of a layout pass: pages so far, the vertical cursor, and helpers to place text and boxes.</summary>
internal sealed class LayoutContext : IDisposable
{
    public static readonly SKColor Ink = new(0x22, 0x22, 0x22);
    public static readonly SKColor Muted = new(0x6B, 0x6B, 0x6B);
    public static readonly SKColor Rule = new(0xD0, 0xD0, 0xD0);
    public static readonly SKColor Shade = new(0xF3, 0xF4, 0xF6);

    public LayoutContext(Invoice invoice, RenderOptions options, DocumentKind kind = DocumentKind.Invoice)
    {
        Invoice = invoice;
        Kind = kind;
        Template = options.Template;
        Labels = new Labels(options.Language);
        Format = new Formatter(Labels, invoice.CurrencyCode);
        Shaper = new TextShaper(options.Template.Font);
        Accent = SKColor.TryParse(options.Template.AccentColor, out var accent) ? accent : new SKColor(0x1F, 0x4E, 0x79);
        Body = new TextStyle(8.5f, false, Ink);
        NewPage();
    }

    /// <summary>The document (for a quote or reminder, an invoice-shaped carrier of its parties, lines and amounts).</summary>
    public Invoice Invoice { get; }

    public DocumentKind Kind { get; }

    public CompanyTemplate Template { get; }

    public Labels Labels { get; }

    public Formatter Format { get; }

    public TextShaper Shaper { get; }

    public SKColor Accent { get; }

    public TextStyle Body { get; }

    public TextStyle Small => Body.WithSize(7.5f).WithColor(Muted);

    public TextStyle Heading => Body.AsBold().WithSize(9f).WithColor(Accent);

    public List<LaidOutPage> Pages { get; } = [];

    public LaidOutPage Page => Pages[^1];

    /// <summary>The top of the free space on the current page.</summary>
    public float Y { get; set; }

    public bool Shows(TemplateFields field) => Template.Fields.HasFlag(field);

    public void NewPage()
    {
        Pages.Add(new LaidOutPage());
        Y = PageGeometry.Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit above the footer.</summary>
    public bool EnsureSpace(float height)
    {
        if (Y + height <= PageGeometry.ContentBottom)
        {
            return false;
        }

        NewPage();
        return true;
    }

    /// <summary>Places one line of text with its top at <paramref name="top"/>; returns its width.</summary>
    public float Text(string text, float x, float top, TextStyle style, TextAlign align = TextAlign.Left)
    {
        var run = Shaper.Shape(text, style);
        var left = align switch
        {
            TextAlign.Right => x - run.Width,
            TextAlign.Center => x - (run.Width / 2),
            _ => x,
        };
        Page.Ops.Add(new TextOp(run, left, top + Shaper.Ascent(style)));
        return run.Width;
    }

    /// <summary>Places wrapped text from <paramref name="top"/>; returns the height used.</summary>
    public float Paragraph(string text, float x, float top, float width, TextStyle style)
    {
        var lines = Shaper.Wrap(text, style, width);
        var y = top;
        foreach (var line in lines)
        {
            Page.Ops.Add(new TextOp(line, x, y + Shaper.Ascent(style)));
            y += TextShaper.LineHeight(style);
        }

        return y - top;
    }

    /// <summary>The height wrapped text would take.</summary>
    public float ParagraphHeight(string text, float width, TextStyle style) =>
        Shaper.Wrap(text, style, width).Count * TextShaper.LineHeight(style);

    public void Fill(SKRect rect, SKColor color) => Page.Ops.Add(new RectOp(rect, color));

    public void HorizontalRule(float y, SKColor color, float thickness = 0.5f) =>
        Fill(new SKRect(PageGeometry.Left, y, PageGeometry.Right, y + thickness), color);

    /// <summary>Releases the shaper's fonts (logos are shared between documents, <see cref="LogoImages"/>).</summary>
    public void Dispose() => Shaper.Dispose();
}
