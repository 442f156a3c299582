using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Rendering.FacturX;
using InvoiceFunctions.Rendering.Fonts;
using InvoiceFunctions.Rendering.Localization;
using InvoiceFunctions.Rendering.Templates;
using InvoiceFunctions.Rendering.Tests.Support;

namespace InvoiceFunctions.Rendering.Benchmarks;

/// <summary>
/// `--dump DIR`: writes a fixed set of documents (sizes, languages, fonts, credit note, PDF and Factur-X), each rendered
/// twice in a row so the second comes from warm caches; comparing two commits' folders byte for byte shows whether an
/// optimisation changed any output.
/// </summary>
internal static class Dump
{
    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var english = new RenderOptions
        {
            Language = DocumentLanguage.English,
            Template = new CompanyTemplate { Font = BundledFont.LiberationSerif, AccentColor = "#8E2C48", FooterText = "Éditions Lumière · www.editions-lumiere.fr" },
        };
        var documents = new (string Name, Invoice Invoice, RenderOptions Options)[]
        {
            ("fr-1", SampleInvoices.Invoice(1), new RenderOptions()),
            ("fr-10", SampleInvoices.Invoice(10), new RenderOptions()),
            ("fr-37", SampleInvoices.Invoice(37, "F-2026-0043"), new RenderOptions()),
            ("fr-200", SampleInvoices.Invoice(200), new RenderOptions()),
            ("en-6-serif", SampleInvoices.Invoice(6), english),
            ("fr-10-png-logo", SampleInvoices.Invoice(10), new RenderOptions { Template = new CompanyTemplate { Logo = TestImages.LogoPng() } }),
            ("fr-10-svg-logo", SampleInvoices.Invoice(10), new RenderOptions { Template = new CompanyTemplate { Logo = TestImages.LogoSvg() } }),
            ("credit-3", SampleInvoices.Invoice(3, "AV-2026-0003", InvoiceTypeCode.CreditNote), new RenderOptions { Template = new CompanyTemplate { Fields = TemplateFields.None } }),
        };
        for (var pass = 1; pass <= 2; pass++)
        {
            foreach (var (name, invoice, options) in documents)
            {
                File.WriteAllBytes(Path.Combine(folder, $"{name}.{pass}.pdf"), InvoicePdfRenderer.Render(invoice, options));
                File.WriteAllBytes(Path.Combine(folder, $"{name}.{pass}.facturx.pdf"), FacturXWriter.Write(invoice, options: options));
            }
        }
    }
}
