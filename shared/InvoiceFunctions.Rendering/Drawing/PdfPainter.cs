using InvoiceFunctions.Rendering.Fonts;
using InvoiceFunctions.Rendering.Layout;
using InvoiceFunctions.Rendering.Text;
using SkiaSharp;

namespace InvoiceFunctions.Rendering.Drawing;

/// <summary>
/// Paints laid-out pages into a PDF with the bundled fonts subset to the glyphs the document uses: directly
/// (<see cref="DirectPdfPainter"/>) when every colour is opaque (all but a template accent colour given with an alpha),
/// with SkiaSharp otherwise.
/// </summary>
internal static class PdfPainter
{
    public static byte[] Paint(IReadOnlyList<LaidOutPage> pages, TextShaper shaper, PdfInfo info)
    {
        if (DirectPdfPainter.CanPaint(pages))
        {
            return DirectPdfPainter.Paint(pages, shaper, info);
        }

        using var regular = FontSubsetter.Subset(shaper.Face(false), shaper.RegularGlyphs, shaper.RegularChars);
        using var bold = FontSubsetter.Subset(shaper.Face(true), shaper.BoldGlyphs, shaper.BoldChars);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = info.Title,
            Author = info.Author,
            Subject = info.Subject,
            Creator = PdfInfo.CreatorTool,
            Producer = PdfInfo.ProducerName,
            Creation = info.CreatedAt.UtcDateTime,
            Modified = info.CreatedAt.UtcDateTime,
            RasterDpi = 150,
            EncodingQuality = 90,
        };
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output, metadata))
        {
            using var paint = new SKPaint { IsAntialias = true };
            using var fonts = new FontCache(regular, bold);
            foreach (var page in pages)
            {
                var canvas = document.BeginPage(PageGeometry.Width, PageGeometry.Height);
                foreach (var op in page.Ops)
                {
                    Draw(canvas, op, paint, fonts);
                }

                document.EndPage();
            }

            document.Close();
        }

        return output.ToArray();
    }

    private static void Draw(SKCanvas canvas, DrawOp op, SKPaint paint, FontCache fonts)
    {
        switch (op)
        {
            case TextOp text when text.Run.Glyphs.Length > 0:
                using (var builder = new SKTextBlobBuilder())
                {
                    var run = builder.AllocatePositionedRun(fonts.Get(text.Run.Style.Bold, text.Run.Style.Size), text.Run.Glyphs.Length);
                    var glyphs = run.Glyphs;
                    var positions = run.Positions;
                    for (var i = 0; i < glyphs.Length; i++)
                    {
                        glyphs[i] = text.Run.Glyphs[i];
                        positions[i] = new SKPoint(text.Run.Offsets[i], 0);
                    }

                    using var blob = builder.Build();
                    paint.Color = text.Run.Style.Color;
                    canvas.DrawText(blob, text.X, text.Baseline, paint);
                }

                break;
            case RectOp rect:
                paint.Color = rect.Color;
                canvas.DrawRect(rect.Rect, paint);
                break;
            case ModulesOp modules:
                using (var builder = new SKPathBuilder())
                {
                    foreach (var rect in modules.Rects)
                    {
                        builder.AddRect(rect, SKPathDirection.Clockwise);
                    }

                    using var path = builder.Detach();
                    paint.Color = modules.Color;
                    paint.IsAntialias = false;
                    canvas.DrawPath(path, paint);
                    paint.IsAntialias = true;
                }

                break;
            case LogoOp { Logo.Image: { } image } logo:
                canvas.DrawImage(image, logo.Rect, new SKSamplingOptions(SKFilterMode.Linear));
                break;
            case LogoOp { Logo.Picture: { } picture } logo:
                var bounds = picture.CullRect;
                var matrix = SKMatrix.CreateScaleTranslation(logo.Rect.Width / bounds.Width, logo.Rect.Height / bounds.Height, logo.Rect.Left, logo.Rect.Top);
                canvas.Save();
                canvas.ClipRect(logo.Rect);
                canvas.DrawPicture(picture, in matrix);
                canvas.Restore();
                break;
        }
    }
}
