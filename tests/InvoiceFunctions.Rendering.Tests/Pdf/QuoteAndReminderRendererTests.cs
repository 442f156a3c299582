using System.Text;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Rendering.Localization;
using InvoiceFunctions.Rendering.Tests.Support;

namespace InvoiceFunctions.Rendering.Tests.Pdf;

/// <summary>The quote (devis) and payment reminder (relance) layouts, read back with PdfPig and the QR code with zbarimg.</summary>
public sealed class QuoteAndReminderRendererTests
{
    public static PaymentReminder Reminder() => new(
        "R-2026-0007",
        new DateOnly(2026, 4, 20),
        "EUR",
        SampleInvoices.Seller,
        SampleInvoices.Buyer,
        [new OverdueInvoice("F-2026-0042", new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 1), 1200.50m), new OverdueInvoice("F-2026-0051", new DateOnly(2026, 3, 10), new DateOnly(2026, 4, 9), 300m)],
        SampleInvoices.Invoice(1).PaymentInstructions);

    public static Invoice Quote() => SampleInvoices.Invoice(4, "D-2026-000003") with { Notes = [new Note("Offre valable pour une intervention en mai 2026.")] };

    [Fact]
    public void RenderQuote_French_TitleValidityAcceptanceBoxNoPayment()
    {
        var text = PdfText.All(QuotePdfRenderer.Render(Quote(), new DateOnly(2026, 4, 1)));

        Assert.Contains("DEVIS", text, StringComparison.Ordinal);
        Assert.Contains("D-2026-000003", text, StringComparison.Ordinal);
        Assert.Contains("Valable jusqu'au", text, StringComparison.Ordinal);
        Assert.Contains("1 avril 2026", text, StringComparison.Ordinal);
        Assert.Contains("Bon pour accord", text, StringComparison.Ordinal);
        Assert.Contains("Signature et cachet", text, StringComparison.Ordinal);
        Assert.Contains("Offre valable pour une intervention", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Scannez pour payer", text, StringComparison.Ordinal);
        Assert.DoesNotContain("FR76 3000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("FACTURE", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderQuote_English_Labels()
    {
        var text = PdfText.All(QuotePdfRenderer.Render(Quote(), new DateOnly(2026, 4, 1), new RenderOptions { Language = DocumentLanguage.English }));

        Assert.Contains("QUOTE", text, StringComparison.Ordinal);
        Assert.Contains("Valid until", text, StringComparison.Ordinal);
        Assert.Contains("1 April 2026", text, StringComparison.Ordinal);
        Assert.Contains("Approval", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderReminder_French_OverdueInvoicesDaysLateTotalDuePayment()
    {
        var text = PdfText.All(ReminderPdfRenderer.Render(Reminder()));

        Assert.Contains("RELANCE", text, StringComparison.Ordinal);
        Assert.Contains("R-2026-0007", text, StringComparison.Ordinal);
        Assert.Contains("F-2026-0042", text, StringComparison.Ordinal);
        Assert.Contains("F-2026-0051", text, StringComparison.Ordinal);
        // 1 April to 20 April: 19 days; 9 April: 11 days.
        Assert.Matches(@"1 avril 2026\s*19\s*1 200,50 €", text);
        Assert.Matches(@"9 avril 2026\s*11\s*300,00 €", text);
        Assert.Contains("Total dû 1 500,50 €", text, StringComparison.Ordinal);
        Assert.Contains("FR76 3000 6000 0112 3456 7890 189", text, StringComparison.Ordinal);
        Assert.Contains("Scannez pour payer", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderReminder_English_Labels()
    {
        var text = PdfText.All(ReminderPdfRenderer.Render(Reminder(), new RenderOptions { Language = DocumentLanguage.English }));

        Assert.Contains("PAYMENT REMINDER", text, StringComparison.Ordinal);
        Assert.Contains("Days late", text, StringComparison.Ordinal);
        Assert.Contains("Total due €1,500.50", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderReminder_QrCodeDecodesToTheTotalDue()
    {
        var pdf = ReminderPdfRenderer.Render(Reminder());

        var decoded = Tool.WithFile(pdf, ".pdf", path =>
        {
            Assert.Equal(0, Tool.Run("pdftoppm", "-png", "-r", "150", "-singlefile", path, path).ExitCode);
            var zbar = Tool.RunBinary("zbarimg", "--raw", "-q", "-Sbinary", path + ".png");
            File.Delete(path + ".png");
            return zbar;
        });

        Assert.Equal("BCD\n002\n1\nSCT\nAGRIFRPP\nÉditions Lumière\nFR7630006000011234567890189\nEUR1500.50\n\nRF18539007547034", Encoding.UTF8.GetString(decoded));
    }

    [Fact]
    public void RenderFormalNotice_TitleDeadlineFeesNamedAndCountedInTheTotal()
    {
        var notice = Reminder() with
        {
            Level = ReminderLevel.FormalNotice,
            Fees = [new ReminderFee(ReminderFeeKind.LateInterest, 12.35m, "FRAIS-2026-000001"), new ReminderFee(ReminderFeeKind.RecoveryIndemnity, 40m, "FRAIS-2026-000001")],
        };

        var french = PdfText.All(ReminderPdfRenderer.Render(notice));
        var english = PdfText.All(ReminderPdfRenderer.Render(notice with { Level = ReminderLevel.FirmReminder }, new RenderOptions { Language = DocumentLanguage.English }));

        Assert.Contains("MISE EN DEMEURE", french, StringComparison.Ordinal);
        Assert.Contains("mettons en demeure", french, StringComparison.Ordinal);
        Assert.Matches(@"Intérêts de retard \(FRAIS-2026-000001\)\s*12,35 €", french);
        Assert.Matches(@"Indemnité forfaitaire de recouvrement \(FRAIS-2026-000001\)\s*40,00 €", french);
        Assert.Contains("Total dû 1 552,85 €", french, StringComparison.Ordinal);
        Assert.Contains("FINAL REMINDER", english, StringComparison.Ordinal);
        Assert.Contains("Total due €1,552.85", english, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderReminder_NoInvoices_Refused() =>
        Assert.Throws<RenderingException>(() => ReminderPdfRenderer.Render(Reminder() with { Invoices = [] }));
}
