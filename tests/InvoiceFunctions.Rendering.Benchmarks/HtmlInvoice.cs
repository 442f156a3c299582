using System.Globalization;
using System.Net;
using System.Text;
using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Rendering.Benchmarks;

/// <summary>The same invoice as an HTML page with print CSS (repeated table header, A4), as browser-based invoicing renders it.</summary>
internal static class HtmlInvoice
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Build(Invoice invoice)
    {
        var html = new StringBuilder();
        html.Append("""
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
            @page { size: A4; margin: 14mm 15mm 20mm 15mm; }
            body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8.5pt; color: #222; }
            h1 { color: #1F4E79; text-align: right; font-size: 20pt; margin: 0; }
            .parties { display: flex; justify-content: space-between; margin: 12pt 0; }
            .buyer { background: #F3F4F6; padding: 6pt; width: 45%; }
            table { width: 100%; border-collapse: collapse; } thead { display: table-header-group; }
            th { background: #1F4E79; color: white; text-align: left; padding: 3pt; } td { padding: 3pt; }
            tr:nth-child(even) td { background: #F3F4F6; } .num { text-align: right; }
            .totals { width: 40%; margin-left: auto; margin-top: 10pt; } .due { background: #1F4E79; color: white; font-weight: bold; }
            .legal { color: #6B6B6B; font-size: 7.5pt; margin-top: 12pt; }
            </style></head><body>
            """);
        html.Append(CultureInfo.InvariantCulture, $"<h1>FACTURE</h1><p style=\"text-align:right\">N° <b>{E(invoice.Number)}</b><br>Date {invoice.IssueDate:d MMMM yyyy}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"parties\"><div><b>{E(invoice.Seller.Name)}</b><br>{E(invoice.Seller.Address?.Line1)}<br>{E(invoice.Seller.Address?.PostCode)} {E(invoice.Seller.Address?.City)}<br>N° TVA {E(invoice.Seller.VatId)}</div>");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"buyer\"><b>{E(invoice.Buyer.Name)}</b><br>{E(invoice.Buyer.Address?.Line1)}<br>{E(invoice.Buyer.Address?.PostCode)} {E(invoice.Buyer.Address?.City)}<br>N° TVA {E(invoice.Buyer.VatId)}</div></div>");
        html.Append("<table><thead><tr><th>Désignation</th><th class=\"num\">Qté</th><th>Unité</th><th class=\"num\">P.U. HT</th><th class=\"num\">TVA</th><th class=\"num\">Montant HT</th></tr></thead><tbody>");
        foreach (var line in invoice.Lines)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(line.Item.SellerId)} · {E(line.Item.Name)}<br><small>{E(line.Item.Description)}</small></td><td class=\"num\">{line.Quantity.ToString("0.##", French)}</td><td>{E(line.UnitCode)}</td><td class=\"num\">{line.Price.NetPrice.ToString("N2", French)}</td><td class=\"num\">{line.VatRate?.ToString("0.##", French)} %</td><td class=\"num\">{line.NetAmount.ToString("N2", French)}</td></tr>");
        }

        html.Append("</tbody></table><table class=\"totals\">");
        html.Append(CultureInfo.InvariantCulture, $"<tr><td>Total HT</td><td class=\"num\">{invoice.Totals.TaxExclusiveAmount.ToString("N2", French)} €</td></tr>");
        html.Append(CultureInfo.InvariantCulture, $"<tr><td>Total TVA</td><td class=\"num\">{invoice.Totals.TaxTotal?.ToString("N2", French)} €</td></tr>");
        html.Append(CultureInfo.InvariantCulture, $"<tr class=\"due\"><td>Net à payer</td><td class=\"num\">{invoice.Totals.AmountDue.ToString("N2", French)} €</td></tr></table>");
        html.Append("<div class=\"legal\">En cas de retard de paiement, pénalités égales à trois fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.</div></body></html>");
        return html.ToString();
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
