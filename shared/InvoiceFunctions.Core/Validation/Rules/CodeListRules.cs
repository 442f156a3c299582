using InvoiceFunctions.Core.Model;
using static InvoiceFunctions.Core.Validation.InvoiceRule;
using static InvoiceFunctions.Core.Validation.Rules.RuleHelpers;

namespace InvoiceFunctions.Core.Validation.Rules;

/// <summary>EN 16931 code list rules (BR-CL) implemented on the model.</summary>
public static class CodeListRules
{
    /// <summary>The rules, in id order.</summary>
    public static IReadOnlyList<InvoiceRule> All { get; } =
    [
        Require("BR-CL-01", "TypeCode", "The document type code (BT-3) MUST be coded by the invoice and credit note related code lists of UNTDID 1001.", "Le code de type de document (BT-3) doit appartenir aux listes UNTDID 1001 des factures et avoirs.", i => i.TypeCode == 0 || CodeLists.IsDocumentTypeCode((int)i.TypeCode)),
        Require("BR-CL-04", "CurrencyCode", "Invoice currency code (BT-5) MUST be coded using ISO code list 4217 alpha-3.", "Le code devise de facturation (BT-5) doit appartenir à la liste ISO 4217 alpha-3.", i => !Has(i.CurrencyCode) || CodeListData.Currencies.Contains(i.CurrencyCode)),
        Require("BR-CL-05", "TaxCurrencyCode", "Tax currency code (BT-6) MUST be coded using ISO code list 4217 alpha-3.", "Le code devise de comptabilisation de la TVA (BT-6) doit appartenir à la liste ISO 4217 alpha-3.", i => i.TaxCurrencyCode is null || CodeListData.Currencies.Contains(i.TaxCurrencyCode)),
        new("BR-CL-14", "Country codes in an invoice MUST be coded using ISO code list 3166-1.", "Les codes pays d'une facture doivent appartenir à la liste ISO 3166-1.", i => Addresses(i).Where(a => a.Address?.CountryCode is { } c && !CodeListData.Countries.Contains(c)).Select(a => a.Path + ".CountryCode")),
        ForEach("BR-CL-15", "Lines", "Item.OriginCountry", "Country codes in an invoice MUST be coded using ISO code list 3166-1.", "Les codes pays d'une facture doivent appartenir à la liste ISO 3166-1.", i => i.Lines, l => l.Item.OriginCountry is null || CodeListData.Countries.Contains(l.Item.OriginCountry)),
        Require("BR-CL-16", "PaymentInstructions.MeansCode", "Payment means in an invoice MUST be coded using UNCL4461 code list.", "Le moyen de paiement doit appartenir à la liste UNCL 4461.", i => i.PaymentInstructions is not { } p || (int)p.MeansCode == 0 || CodeListData.PaymentMeans.Contains(((int)p.MeansCode).ToString(System.Globalization.CultureInfo.InvariantCulture))),
        ForEach("BR-CL-22", "VatBreakdowns", "ExemptionReasonCode", "Tax exemption reason code identifier scheme MUST belong to the CEF VATEX code list.", "Le code de motif d'exonération doit appartenir à la liste CEF VATEX.", i => i.VatBreakdowns, b => b.ExemptionReasonCode is null || CodeListData.VatExemptionReasons.Contains(b.ExemptionReasonCode.ToUpperInvariant())),
        ForEach("BR-CL-24", "Attachments", "MimeCode", "For Mime code in attribute use MIMEMediaType.", "Le type MIME d'une pièce jointe doit être un type autorisé.", i => i.Attachments, a => a.MimeCode is null || CodeListData.MimeCodes.Contains(a.MimeCode)),
    ];

    private static IEnumerable<(PostalAddress? Address, string Path)> Addresses(Invoice i) =>
    [
        (i.Seller.Address, "Seller.Address"),
        (i.Buyer.Address, "Buyer.Address"),
        (i.TaxRepresentative?.Address, "TaxRepresentative.Address"),
        (i.Delivery?.Address, "Delivery.Address"),
    ];
}
