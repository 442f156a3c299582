using InvoiceFunctions.Rendering.Drawing;
using InvoiceFunctions.Rendering.Fonts;
using InvoiceFunctions.Rendering.Layout;
using InvoiceFunctions.Rendering.Localization;
using InvoiceFunctions.Rendering.Text;
using SkiaSharp;

namespace InvoiceFunctions.Rendering.Postal;

/// <summary>
/// Renders the address sheet a print provider puts on top of a posted invoice: one A4 page with the sender's return
/// address at the top left, the recipient's address in <see cref="EnvelopeWindow"/>, fold marks, and a line naming
/// the enclosed invoice below the window (so the letter stays understandable once opened).
/// </summary>
public static class AddressSheetRenderer
{
    private const float Mm = EnvelopeWindow.PointsPerMillimetre;
    private const float MaxAddressSize = 11f;
    private static readonly SKColor Ink = new(0x11, 0x11, 0x11);
    private static readonly SKColor Muted = new(0x6B, 0x6B, 0x6B);

    /// <param name="createdAt">Written in the PDF metadata (the output is the same for the same inputs).</param>
    public static byte[] Render(AddressSheet sheet, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var labels = new Labels(sheet.Language);
        using var shaper = new TextShaper(BundledFont.LiberationSans);
        var page = new LaidOutPage();
        var small = new TextStyle(8f, false, Muted);

        var y = 15f * Mm;
        foreach (var line in SenderLines(sheet))
        {
            Place(page, shaper, line, 20f * Mm, y, small);
            y += TextShaper.LineHeight(small);
        }

        var recipient = AddressLines.For(sheet);
        var style = AddressStyle(shaper, recipient);
        y = EnvelopeWindow.TopMm * Mm;
        foreach (var line in recipient)
        {
            Place(page, shaper, line, EnvelopeWindow.LeftMm * Mm, y, style);
            y += TextShaper.LineHeight(style);
        }

        var enclosed = labels.Format("AddressSheetEnclosed", sheet.DocumentNumber, new Formatter(labels, "EUR").Date(sheet.IssueDate));
        Place(page, shaper, enclosed, 20f * Mm, 110f * Mm, new TextStyle(10f, false, Ink));
        foreach (var fold in EnvelopeWindow.FoldsMm)
        {
            // Short ticks in the left margin where the folding machine (or a person) folds the sheet.
            page.Ops.Add(new RectOp(SKRect.Create(5f * Mm, fold * Mm, 5f * Mm, 0.3f), Muted));
        }

        var title = $"{labels["AddressSheet"]} {sheet.DocumentNumber}";
        return PdfPainter.Paint([page], shaper, new PdfInfo(title, sheet.SenderName, $"{title} - {sheet.RecipientName}", createdAt));
    }

    private static IEnumerable<string> SenderLines(AddressSheet sheet)
    {
        yield return sheet.SenderName;
        if (sheet.SenderAddress is { } a)
        {
            foreach (var line in new[] { a.Line1, a.Line2, a.Line3, $"{a.PostCode} {a.City}".Trim() }.Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                yield return line!;
            }
        }
    }

    /// <summary>11 pt, smaller when a line would not fit the window (a long company name), never below 7 pt.</summary>
    private static TextStyle AddressStyle(TextShaper shaper, IReadOnlyList<string> lines)
    {
        var style = new TextStyle(MaxAddressSize, false, Ink);
        var widest = lines.Max(l => shaper.Measure(l, style));
        var fit = MaxAddressSize * EnvelopeWindow.WidthMm * Mm / Math.Max(widest, 1f);
        return style.WithSize(Math.Clamp(MathF.Floor(fit * 2f) / 2f, 7f, MaxAddressSize));
    }

    private static void Place(LaidOutPage page, TextShaper shaper, string text, float x, float top, TextStyle style) =>
        page.Ops.Add(new TextOp(shaper.Shape(text, style), x, top + shaper.Ascent(style)));
}
