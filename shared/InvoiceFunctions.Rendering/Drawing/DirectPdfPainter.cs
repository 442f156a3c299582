using System.Globalization;
using System.Text;
using InvoiceFunctions.Rendering.Fonts;
using InvoiceFunctions.Rendering.Layout;
using InvoiceFunctions.Rendering.Pdf;
using InvoiceFunctions.Rendering.Text;

namespace InvoiceFunctions.Rendering.Drawing;

/// <summary>
/// Writes pages of text, rectangles and QR modules straight into PDF objects: the content streams hold the glyph ids the
/// layout shaped (kerning as TJ adjustments), the fonts are hb-subset programs shared between documents (<see cref="EmbeddedSubsets"/>),
/// the logo an image XObject made once per logo (<see cref="LogoImages"/>). Several times cheaper than going through
/// Skia's PDF backend (no glyph caches, no per-glyph bookkeeping, fast compression).
/// </summary>
internal static class DirectPdfPainter
{
    private const int RegularFont = 1;
    private const int BoldFont = 2;

    public static bool CanPaint(IReadOnlyList<LaidOutPage> pages) =>
        pages.All(page => page.Ops.All(op => op switch
        {
            TextOp text => text.Run.Style.Color.Alpha == 255,
            RectOp rect => rect.Color.Alpha == 255,
            ModulesOp modules => modules.Color.Alpha == 255,
            LogoOp => true,
            _ => false,
        }));

    public static byte[] Paint(IReadOnlyList<LaidOutPage> pages, TextShaper shaper, PdfInfo info)
    {
        var document = Assemble(pages, shaper, info);
        return document.Pdf.Write(document.Catalog, document.Info);
    }

    /// <summary>The document's objects, not yet written: the Factur-X packager adds its own to them and writes the file once.</summary>
    public static AssembledPdf Assemble(IReadOnlyList<LaidOutPage> pages, TextShaper shaper, PdfInfo info)
    {
        var pdf = new PdfAssembler();
        var catalog = pdf.Reserve();
        var pageTree = pdf.Reserve();
        var infoNumber = pdf.Reserve();
        var fonts = new StringBuilder("/Font <<");
        AddFont(pdf, fonts, shaper, bold: false, "AAAAAA", RegularFont);
        AddFont(pdf, fonts, shaper, bold: true, "BAAAAA", BoldFont);
        fonts.Append(" >>");
        var logos = AddLogos(pdf, fonts, pages);
        var resources = fonts.ToString();
        var kids = new StringBuilder();
        foreach (var page in pages)
        {
            var pageNumber = pdf.Reserve();
            var content = pdf.Reserve();
            pdf.SetStream(content, "/Filter /FlateDecode", PdfFontObjects.Deflate(Encoding.Latin1.GetBytes(Content(page, shaper, logos))));
            pdf.Set(pageNumber, string.Create(CultureInfo.InvariantCulture,
                $"<< /Type /Page /Parent {pageTree} 0 R /MediaBox [0 0 {PageGeometry.Width} {PageGeometry.Height}] /Resources << {resources} >> /Contents {content} 0 R >>"));
            kids.Append(CultureInfo.InvariantCulture, $"{pageNumber} 0 R ");
        }

        pdf.Set(pageTree, $"<< /Type /Pages /Kids [{kids.ToString().TrimEnd()}] /Count {pages.Count} >>");
        var catalogDictionary = $"<< /Type /Catalog /Pages {pageTree} 0 R /ViewerPreferences << /DisplayDocTitle true >> >>";
        pdf.Set(catalog, catalogDictionary);
        pdf.Set(infoNumber, info.Dictionary());
        return new AssembledPdf(pdf, catalog, catalogDictionary, infoNumber);
    }

    private static void AddFont(PdfAssembler pdf, StringBuilder resources, TextShaper shaper, bool bold, string tag, int resource)
    {
        var glyphs = bold ? shaper.BoldGlyphs : shaper.RegularGlyphs;
        if (glyphs.Count == 0)
        {
            return;
        }

        var face = shaper.Face(bold);
        var program = EmbeddedSubsets.Get(face, glyphs, bold ? shaper.BoldChars : shaper.RegularChars);
        var number = PdfFontObjects.Add(pdf, face, tag, program, bold ? shaper.BoldText : shaper.RegularText);
        resources.Append(CultureInfo.InvariantCulture, $" /F{resource} {number} 0 R");
    }

    /// <summary>Each distinct logo once as an image XObject (with its /SMask) or a form XObject, named /Im1, /Im2... in the resources.</summary>
    private static Dictionary<LogoXObject, string> AddLogos(PdfAssembler pdf, StringBuilder resources, IReadOnlyList<LaidOutPage> pages)
    {
        var names = new Dictionary<LogoXObject, string>();
        var xobjects = new StringBuilder();
        foreach (var logo in pages.SelectMany(p => p.Ops).OfType<LogoOp>().Select(op => op.Logo))
        {
            if (names.ContainsKey(logo))
            {
                continue;
            }

            if (logo.Form is { } form)
            {
                names[logo] = $"/Im{names.Count + 1}";
                xobjects.Append(CultureInfo.InvariantCulture, $" {names[logo]} {form.Write(pdf)} 0 R");
                continue;
            }

            var image = pdf.Reserve();
            var smask = string.Empty;
            if (logo.Alpha is { } alpha)
            {
                var mask = pdf.Reserve();
                pdf.SetStream(mask, logo.AlphaEntries, alpha);
                smask = $" /SMask {mask} 0 R";
            }

            pdf.SetStream(image, logo.Entries + smask, logo.Data);
            names[logo] = $"/Im{names.Count + 1}";
            xobjects.Append(CultureInfo.InvariantCulture, $" {names[logo]} {image} 0 R");
        }

        if (names.Count > 0)
        {
            resources.Append(" /XObject <<").Append(xobjects).Append(" >>");
        }

        return names;
    }

    private static string Content(LaidOutPage page, TextShaper shaper, Dictionary<LogoXObject, string> logos)
    {
        var pen = new PdfContent();
        pen.Raw("1 0 0 -1 0 ").Number(PageGeometry.Height).Raw(" cm\n");
        foreach (var op in page.Ops)
        {
            switch (op)
            {
                case TextOp text when text.Run.Glyphs.Length > 0:
                    pen.Fill(text.Run.Style.Color);
                    Text(pen, text, shaper.Face(text.Run.Style.Bold));
                    break;
                case RectOp rect:
                    pen.Fill(rect.Color).Rect(rect.Rect).Raw("f\n");
                    break;
                case ModulesOp modules:
                    pen.Fill(modules.Color);
                    foreach (var module in modules.Rects)
                    {
                        pen.Rect(module);
                    }

                    // One fill of all the rectangles: their union, without seams between touching modules.
                    pen.Raw("f\n");
                    break;
                case LogoOp logo:
                    // The image's (or form's, by its /Matrix) unit square, upright in the page's flipped space: its bottom edge at the rectangle's bottom.
                    pen.Raw("q ").Number(logo.Rect.Width).Raw(" 0 0 ").Number(-logo.Rect.Height).Raw(" ").Number(logo.Rect.Left).Raw(" ").Number(logo.Rect.Bottom)
                        .Raw(" cm ").Raw(logos[logo.Logo]).Raw(" Do Q\n");
                    break;
            }
        }

        return pen.ToString();
    }

    /// <summary>One run: font, size and position, then its TJ operand, made once for every document that prints the string at that size.</summary>
    private static void Text(PdfContent pen, TextOp text, FontFace face)
    {
        var run = text.Run;
        pen.Raw("BT /F").Raw(run.Style.Bold ? "2 " : "1 ").Number(run.Style.Size).Raw(" Tf 1 0 0 -1 ").Number(text.X).Raw(" ").Number(text.Baseline).Raw(" Tm ")
            .Raw(run.Sized.Operand(run.Glyphs, face)).Raw(" TJ ET\n");
    }
}
