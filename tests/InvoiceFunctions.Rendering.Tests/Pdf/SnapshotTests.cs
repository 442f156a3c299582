using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Rendering.Fonts;
using InvoiceFunctions.Rendering.Localization;
using InvoiceFunctions.Rendering.Templates;
using InvoiceFunctions.Rendering.Tests.Support;

namespace InvoiceFunctions.Rendering.Tests.Pdf;

/// <summary>
/// Layout regressions: the first page of each template rendered to PNG by pdftoppm (poppler) at 40 dpi, compared with
/// approved images in Snapshots/ (reviewed by eye when approved). A missing or different image fails the test and the
/// received image is written beside the approved one as *.received.png for review.
/// </summary>
public sealed class SnapshotTests
{
    private const double Tolerance = 0.004;

    public static TheoryData<string> Templates() => ["default-fr", "serif-en-logo", "credit-note-minimal", "quote-fr-svg-logo", "reminder-en"];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Render_Template_MatchesApprovedSnapshot(string name)
    {
        var pdf = Render(name);

        var png = Tool.WithFile(pdf, ".pdf", path =>
        {
            var result = Tool.Run("pdftoppm", "-png", "-gray", "-aa", "no", "-aaVector", "no", "-r", "40", "-f", "1", "-l", "1", "-singlefile", path, path);
            Assert.Equal(0, result.ExitCode);
            var bytes = File.ReadAllBytes(path + ".png");
            File.Delete(path + ".png");
            return bytes;
        });

        var approved = Path.Combine(SourceFolder(), "Snapshots", name + ".png");
        var received = Path.ChangeExtension(approved, ".received.png");
        if (!File.Exists(approved) || PngComparison.DifferentPixels(File.ReadAllBytes(approved), png) > Tolerance)
        {
            File.WriteAllBytes(received, png);
            Assert.Fail($"Snapshot {name} differs from {approved} (or is missing); review {received} and copy it over the approved image if the change is intended.");
        }
    }

    private static byte[] Render(string name) => name switch
    {
        "serif-en-logo" => InvoicePdfRenderer.Render(SampleInvoices.Invoice(6), new RenderOptions
        {
            Language = DocumentLanguage.English,
            Template = new CompanyTemplate { Font = BundledFont.LiberationSerif, AccentColor = "#8E2C48", Logo = TestImages.LogoPng(), FooterText = "Éditions Lumière · www.editions-lumiere.fr" },
        }),
        "credit-note-minimal" => InvoicePdfRenderer.Render(SampleInvoices.Invoice(3, "AV-2026-0003", InvoiceTypeCode.CreditNote), new RenderOptions
        {
            Template = new CompanyTemplate { AccentColor = "#2E7D32", Fields = TemplateFields.None },
        }),
        "quote-fr-svg-logo" => QuotePdfRenderer.Render(QuoteAndReminderRendererTests.Quote(), new DateOnly(2026, 4, 1), new RenderOptions
        {
            Template = new CompanyTemplate { Logo = TestImages.LogoSvg() },
        }),
        "reminder-en" => ReminderPdfRenderer.Render(QuoteAndReminderRendererTests.Reminder(), new RenderOptions { Language = DocumentLanguage.English }),
        _ => InvoicePdfRenderer.Render(SampleInvoices.Invoice(10)),
    };

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(path))!;
}
