using System.Text.RegularExpressions;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Rendering.Localization;
using InvoiceFunctions.Rendering.Templates;
using InvoiceFunctions.Rendering.Tests.Support;

namespace InvoiceFunctions.Rendering.Tests.Pdf;

public sealed class InvoicePdfRendererTests
{
    [Fact]
    public void Render_TenLineInvoice_OnePageUnder60Kilobytes()
    {
        var pdf = InvoicePdfRenderer.Render(SampleInvoices.Invoice(10));

        var info = Tool.WithFile(pdf, ".pdf", path => Tool.Run("pdfinfo", path)).Output;
        Assert.Matches(@"Pages:\s+1\n", info);
        Assert.Matches(@"Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", info);
        Assert.InRange(pdf.Length, 1000, 60 * 1024);
    }

    [Fact]
    public void Render_French_TextReadBackHasNumberAmountsAndPaymentDetails()
    {
        var text = PdfText.All(InvoicePdfRenderer.Render(SampleInvoices.Invoice(10)));

        Assert.Contains("FACTURE", text, StringComparison.Ordinal);
        Assert.Contains("F-2026-0042", text, StringComparison.Ordinal);
        Assert.Contains("2 mars 2026", text, StringComparison.Ordinal);
        Assert.Contains("Net à payer 21 801,37 €", text, StringComparison.Ordinal);
        Assert.Contains("17 146,70", text, StringComparison.Ordinal); // VAT 20 % taxable amount
        Assert.Contains("3 429,34", text, StringComparison.Ordinal); // VAT 20 % amount
        Assert.Contains("FR76 3000 6000 0112 3456 7890 189", text, StringComparison.Ordinal);
        Assert.Contains("RF18539007547034", text, StringComparison.Ordinal);
        Assert.Contains("Brasserie Øresund & Fils SARL", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 / 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_English_UsesEnglishLabelsAndFormats()
    {
        var text = PdfText.All(InvoicePdfRenderer.Render(SampleInvoices.Invoice(10), new RenderOptions { Language = DocumentLanguage.English }));

        Assert.Contains("INVOICE", text, StringComparison.Ordinal);
        Assert.Contains("2 March 2026", text, StringComparison.Ordinal);
        Assert.Contains("Amount due €21,801.37", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Net à payer", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TwoHundredLines_PaginatesWithRepeatedHeaderAndPageXOfY()
    {
        var pages = PdfText.Pages(InvoicePdfRenderer.Render(SampleInvoices.Invoice(200)));

        Assert.InRange(pages.Count, 5, 12);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} / {pages.Count}", pages[i], StringComparison.Ordinal);
            if (i < pages.Count - 1)
            {
                Assert.Contains("Désignation Qté Unité P.U. HT TVA Montant HT", pages[i], StringComparison.Ordinal);
            }
        }

        Assert.Contains("ART-200", string.Join("\n", pages), StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(string.Join("\n", pages), "Net à payer"));
    }

    [Fact]
    public void Render_CreditNote_TitledAvoirWithOriginalInvoice()
    {
        var text = PdfText.All(InvoicePdfRenderer.Render(SampleInvoices.Invoice(3, "AV-2026-0003", InvoiceTypeCode.CreditNote)));

        Assert.Contains("AVOIR", text, StringComparison.Ordinal);
        Assert.Contains("Facture d'origine", text, StringComparison.Ordinal);
        Assert.Contains("F-2026-0017 (10 février 2026)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_BusinessBuyer_PrintsFrenchLegalMentions()
    {
        var text = PdfText.All(InvoicePdfRenderer.Render(SampleInvoices.Invoice(2), new RenderOptions { Template = new CompanyTemplate { LatePaymentPenaltyRate = 12.5m, TradeRegister = "RCS Paris" } }));

        Assert.Contains("pénalités au taux annuel de 12,5 %", text, StringComparison.Ordinal);
        Assert.Contains("40 €", text, StringComparison.Ordinal);
        Assert.Contains("Pas d'escompte pour paiement anticipé", text, StringComparison.Ordinal);
        Assert.Contains("prestation de services", text, StringComparison.Ordinal);
        Assert.Contains("SIREN 552120222 RCS Paris", text, StringComparison.Ordinal);
        Assert.Contains("SAS au capital de 50 000 €", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ConsumerBuyer_OmitsTheRecoveryIndemnity()
    {
        var invoice = SampleInvoices.Invoice(2) with { Buyer = SampleInvoices.Buyer with { VatId = null, LegalRegistrationId = null } };

        var text = PdfText.All(InvoicePdfRenderer.Render(invoice));

        Assert.DoesNotContain("D441-5", text, StringComparison.Ordinal);
        Assert.Contains("L441-10", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Fonts.BundledFont.LiberationSans, "LiberationSans")]
    [InlineData(Fonts.BundledFont.LiberationSerif, "LiberationSerif")]
    public void Render_TemplateFont_EmbedsOnlyThatBundledFontSubset(Fonts.BundledFont font, string name)
    {
        var pdf = InvoicePdfRenderer.Render(SampleInvoices.Invoice(3), new RenderOptions { Template = new CompanyTemplate { Font = font } });

        var fonts = Tool.WithFile(pdf, ".pdf", path => Tool.Run("pdffonts", path)).Output.Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, line => Assert.Matches($@"^[A-Z]{{6}}\+{name}(-Bold)?\s+CID TrueType\s+Identity-H\s+yes yes yes", line));
    }

    [Fact]
    public void Render_TemplateWithoutOptionalFields_HidesThem()
    {
        var template = new CompanyTemplate { Fields = TemplateFields.None, FooterText = "Éditions Lumière — www.editions-lumiere.fr" };

        var text = PdfText.All(InvoicePdfRenderer.Render(SampleInvoices.Invoice(3), new RenderOptions { Template = template }));

        Assert.DoesNotContain("BC-2026-118", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ART-001", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Merci pour votre confiance", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Scannez pour payer", text, StringComparison.Ordinal);
        Assert.Contains("www.editions-lumiere.fr", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TemplateLogo_DrawsOneImage()
    {
        var template = new CompanyTemplate { Logo = TestImages.LogoPng() };

        var pdf = InvoicePdfRenderer.Render(SampleInvoices.Invoice(1), new RenderOptions { Template = template });

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Single(document.GetPage(1).GetImages());
    }

    [Fact]
    public void Render_LogoNotAnImage_ThrowsRenderingException() =>
        Assert.Throws<RenderingException>(() => InvoicePdfRenderer.Render(SampleInvoices.Invoice(1), new RenderOptions { Template = new CompanyTemplate { Logo = "not an image"u8.ToArray() } }));
}
