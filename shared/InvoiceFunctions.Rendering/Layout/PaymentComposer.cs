using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Payments;
using InvoiceFunctions.Rendering.Drawing;
using InvoiceFunctions.Rendering.Payment;
using InvoiceFunctions.Rendering.Templates;
using SkiaSharp;

namespace InvoiceFunctions.Rendering.Layout;

/// <summary>Payment instructions (BG-16): means, IBAN and BIC, reference, terms, and the EPC QR code.</summary>
internal static class PaymentComposer
{
    private const float QrSize = 78f;

    public static void Compose(LayoutContext c)
    {
        var rows = Rows(c);
        var payload = c.Shows(TemplateFields.PaymentQrCode) ? EpcQrPayload.For(c.Invoice) : null;
        if (rows.Count == 0 && payload is null)
        {
            return;
        }

        var height = Math.Max(16f + (rows.Count * 11f), payload is null ? 0f : QrSize + 14f);
        c.EnsureSpace(height + 8f);
        var top = c.Y;
        c.Text(c.Labels["Payment"], PageGeometry.Left, top, c.Heading);
        c.HorizontalRule(top + 12f, c.Accent);
        var y = top + 17f;
        var valueX = PageGeometry.Left + 120f;
        var valueWidth = PageGeometry.ContentWidth - 120f - (payload is null ? 0f : QrSize + 20f);
        foreach (var (label, value) in rows)
        {
            c.Text(label, PageGeometry.Left, y, c.Small);
            y += Math.Max(11f, c.Paragraph(value, valueX, y, valueWidth, c.Body) + 0.5f);
        }

        if (payload is not null)
        {
            var area = SKRect.Create(PageGeometry.Right - QrSize, top + 16f, QrSize, QrSize);
            c.Page.Ops.Add(new ModulesOp(QrCodePath.Build(payload, area), SKColors.Black));
            c.Text(c.Labels["ScanToPay"], area.MidX, area.Bottom + 1f, c.Small, TextAlign.Center);
        }

        c.Y = Math.Max(y, top + height) + 8f;
    }

    private static List<(string Label, string Value)> Rows(LayoutContext c)
    {
        var invoice = c.Invoice;
        var rows = new List<(string, string)>();
        if (invoice.PaymentInstructions is { } p)
        {
            rows.Add((c.Labels["PaymentMeans"], p.MeansText ?? c.Labels["Means_" + MeansKey(p.MeansCode)]));
            foreach (var transfer in p.CreditTransfers)
            {
                rows.Add((c.Labels["Iban"], Iban.ToPrintFormat(transfer.AccountId)));
                if (transfer.ServiceProviderId is { } bic)
                {
                    rows.Add((c.Labels["Bic"], bic));
                }

                if (transfer.AccountName is { } holder)
                {
                    rows.Add((c.Labels["AccountName"], holder));
                }
            }

            if (p.DirectDebit?.MandateReference is { } mandate)
            {
                rows.Add((c.Labels["Mandate"], mandate));
            }

            if (p.RemittanceInformation is { } reference)
            {
                rows.Add((c.Labels["PaymentReference"], reference));
            }
        }

        if (!string.IsNullOrWhiteSpace(invoice.PaymentTerms))
        {
            rows.Add((c.Labels["PaymentTerms"], invoice.PaymentTerms));
        }

        return rows;
    }

    private static string MeansKey(PaymentMeansCode code) => code switch
    {
        PaymentMeansCode.CreditTransfer or PaymentMeansCode.PaymentToBankAccount => "CreditTransfer",
        PaymentMeansCode.SepaCreditTransfer => "SepaCreditTransfer",
        PaymentMeansCode.DirectDebit => "DirectDebit",
        PaymentMeansCode.SepaDirectDebit => "SepaDirectDebit",
        PaymentMeansCode.BankCard => "BankCard",
        PaymentMeansCode.Cheque => "Cheque",
        PaymentMeansCode.Cash => "Cash",
        _ => "Other",
    };
}
