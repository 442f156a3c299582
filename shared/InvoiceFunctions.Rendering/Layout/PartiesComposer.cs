using InvoiceFunctions.Core.Model;
using SkiaSharp;

namespace InvoiceFunctions.Rendering.Layout;

/// <summary>Seller block (left) and buyer block (right, shaded).</summary>
internal static class PartiesComposer
{
    private const float BlockWidth = 240f;

    public static void Compose(LayoutContext c)
    {
        var top = c.Y;
        var sellerLines = Lines(c, c.Invoice.Seller, contact: true);
        var buyerLines = Lines(c, c.Invoice.Buyer, contact: c.Shows(Templates.TemplateFields.BuyerContact));
        var buyerX = PageGeometry.Right - BlockWidth;
        var height = 16f + (Math.Max(sellerLines.Count, buyerLines.Count) * 11f) + 8f;
        c.Fill(new SKRect(buyerX - 8f, top - 4f, PageGeometry.Right, top + height), LayoutContext.Shade);

        Block(c, c.Labels["Seller"], c.Invoice.Seller.Name, sellerLines, PageGeometry.Left, top);
        Block(c, c.Labels["Buyer"], c.Invoice.Buyer.Name, buyerLines, buyerX, top);
        c.Y = top + height + 12f;
    }

    private static void Block(LayoutContext c, string heading, string name, List<string> lines, float x, float top)
    {
        c.Text(heading.ToUpper(c.Labels.Culture), x, top, c.Small.AsBold().WithColor(c.Accent));
        c.Text(name, x, top + 11f, c.Body.AsBold().WithSize(9.5f));
        var y = top + 24f;
        foreach (var line in lines)
        {
            c.Text(line, x, y, c.Body);
            y += 11f;
        }
    }

    private static List<string> Lines(LayoutContext c, TradeParty party, bool contact)
    {
        var lines = new List<string>();
        if (party.TradingName is { } trading && trading != party.Name)
        {
            lines.Add(trading);
        }

        if (party.Address is { } a)
        {
            lines.AddRange(new[] { a.Line1, a.Line2, a.Line3 }.Where(l => !string.IsNullOrWhiteSpace(l))!);
            var city = string.Join(" ", new[] { a.PostCode, a.City }.Where(s => !string.IsNullOrWhiteSpace(s)));
            var country = a.CountryCode is { } code && code != "FR" ? $" ({code})" : string.Empty;
            if (city.Length > 0 || country.Length > 0)
            {
                lines.Add(city + country);
            }
        }

        if (party.LegalRegistrationId is { } legal)
        {
            var label = legal.SchemeId is Identifier.SirenScheme or null && legal.Value.Length == 9 ? "Siren" : "LegalId";
            lines.Add($"{c.Labels[label]} {legal.Value}");
        }

        if (party.VatId is { } vat)
        {
            lines.Add($"{c.Labels["VatId"]} {vat}");
        }

        if (contact && party.Contact is { } person)
        {
            var text = string.Join(" · ", new[] { person.Name, person.Phone }.Where(s => !string.IsNullOrWhiteSpace(s)));
            lines.AddRange(new[] { text, person.Email }.Where(s => !string.IsNullOrWhiteSpace(s))!);
        }

        if (contact && party.ElectronicAddress is { } address)
        {
            lines.Add($"{c.Labels["ElectronicAddress"]} {address.Value}");
        }

        return lines;
    }
}
