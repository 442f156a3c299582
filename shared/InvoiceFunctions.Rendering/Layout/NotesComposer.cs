using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Rendering.Templates;

namespace InvoiceFunctions.Rendering.Layout;

/// <summary>Invoice notes (BG-1) and the legal mentions required in France.</summary>
internal static class NotesComposer
{
    public static void Compose(LayoutContext c)
    {
        if (c.Shows(TemplateFields.Notes) && c.Invoice.Notes.Count > 0)
        {
            Section(c, c.Labels["Notes"], c.Invoice.Notes.Select(n => n.Text).ToList());
        }

        Section(c, c.Labels["LegalMentions"], LegalMentions(c));
    }

    /// <summary>Late-payment penalty, the 40 EUR recovery indemnity for business buyers, discount terms, nature of the operation, VAT on debits, the seller's registration.</summary>
    public static List<string> LegalMentions(LayoutContext c)
    {
        var invoice = c.Invoice;
        var template = c.Template;
        var terms = new List<string>
        {
            template.LatePaymentPenaltyRate is { } rate ? c.Labels.Format("LegalPenaltyRate", c.Format.Rate(rate)) : c.Labels["LegalPenaltyDefault"],
        };
        var businessBuyer = invoice.Buyer.VatId is not null || invoice.Buyer.LegalRegistrationId is not null;
        if (businessBuyer)
        {
            terms.Add(c.Labels["LegalIndemnity"]);
        }

        terms.Add(template.EarlyPaymentDiscount is { } discount ? c.Labels.Format("LegalDiscount", discount) : c.Labels["LegalNoDiscount"]);
        var mentions = new List<string> { string.Join(" ", terms) };
        if (invoice.OperationNature is { } nature)
        {
            mentions.Add(c.Labels["Nature" + nature]);
        }

        if (invoice.VatPointDateCode == VatPointDateCode.InvoiceDate)
        {
            mentions.Add(c.Labels["VatOnDebits"]);
        }

        var seller = invoice.Seller;
        var registration = new[]
        {
            seller.Name,
            seller.AdditionalLegalInfo,
            seller.LegalRegistrationId is { } siren ? $"{c.Labels["Siren"]} {siren.Value}" + (template.TradeRegister is { } rcs ? $" {rcs}" : string.Empty) : null,
            seller.VatId is { } vat ? $"{c.Labels["VatId"]} {vat}" : null,
        };
        mentions.Add(string.Join(" · ", registration.Where(s => !string.IsNullOrWhiteSpace(s))));
        return mentions;
    }

    private static void Section(LayoutContext c, string heading, List<string> paragraphs)
    {
        var height = 16f + paragraphs.Sum(p => c.ParagraphHeight(p, PageGeometry.ContentWidth, c.Small) + 2f);
        c.EnsureSpace(height);
        c.Text(heading, PageGeometry.Left, c.Y, c.Heading);
        c.HorizontalRule(c.Y + 12f, c.Accent);
        c.Y += 16f;
        foreach (var text in paragraphs)
        {
            c.Y += c.Paragraph(text, PageGeometry.Left, c.Y, PageGeometry.ContentWidth, c.Small) + 2f;
        }

        c.Y += 8f;
    }
}
