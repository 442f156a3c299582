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
        new("BR-CL-07", "Object identifier identification scheme identifier MUST be coded using a restriction of UNTDID 1153.", "Le schéma de l'identifiant d'objet doit appartenir à la liste UNTDID 1153.", i => Schemes([(i.InvoicedObjectId, "InvoicedObjectId.SchemeId")], CodeListData.ReferenceQualifiers).Concat(FailingLines(i, l => l.ObjectId, "ObjectId.SchemeId", id => Known(id, CodeListData.ReferenceQualifiers)))),
        new("BR-CL-10", "Any identifier identification scheme identifier MUST be coded using one of the ISO 6523 ICD list.", "Le schéma d'un identifiant doit appartenir à la liste ISO 6523 ICD.", i => Schemes(PartyIds(i), CodeListData.Icd)),
        new("BR-CL-11", "Any registration identifier identification scheme identifier MUST be coded using one of the ISO 6523 ICD list.", "Le schéma d'un identifiant d'immatriculation doit appartenir à la liste ISO 6523 ICD.", i => Schemes(LegalIds(i), CodeListData.Icd)),
        new("BR-CL-13", "Item classification identifier identification scheme identifier MUST be coded using one of the UNTDID 7143 list.", "Le schéma de classification d'article doit appartenir à la liste UNTDID 7143.", i => FailingLineItems(i, l => l.Item.Classifications, "Item.Classifications", ".SchemeId", c => Known(c, CodeListData.ItemClassifications))),
        Require("BR-CL-04", "CurrencyCode", "Invoice currency code (BT-5) MUST be coded using ISO code list 4217 alpha-3.", "Le code devise de facturation (BT-5) doit appartenir à la liste ISO 4217 alpha-3.", i => !Has(i.CurrencyCode) || CodeListData.Currencies.Contains(i.CurrencyCode)),
        Require("BR-CL-05", "TaxCurrencyCode", "Tax currency code (BT-6) MUST be coded using ISO code list 4217 alpha-3.", "Le code devise de comptabilisation de la TVA (BT-6) doit appartenir à la liste ISO 4217 alpha-3.", i => i.TaxCurrencyCode is null || CodeListData.Currencies.Contains(i.TaxCurrencyCode)),
        new("BR-CL-14", "Country codes in an invoice MUST be coded using ISO code list 3166-1.", "Les codes pays d'une facture doivent appartenir à la liste ISO 3166-1.", i => Addresses(i).Where(a => a.Address?.CountryCode is { } c && !CodeListData.Countries.Contains(c)).Select(a => a.Path + ".CountryCode")),
        ForEach("BR-CL-15", "Lines", "Item.OriginCountry", "Country codes in an invoice MUST be coded using ISO code list 3166-1.", "Les codes pays d'une facture doivent appartenir à la liste ISO 3166-1.", i => i.Lines, l => l.Item.OriginCountry is null || CodeListData.Countries.Contains(l.Item.OriginCountry)),
        Require("BR-CL-16", "PaymentInstructions.MeansCode", "Payment means in an invoice MUST be coded using UNCL4461 code list.", "Le moyen de paiement doit appartenir à la liste UNCL 4461.", i => i.PaymentInstructions is not { } p || (int)p.MeansCode == 0 || CodeListData.PaymentMeans.Contains(((int)p.MeansCode).ToString(System.Globalization.CultureInfo.InvariantCulture))),
        new("BR-CL-19", "Coded allowance reasons MUST belong to the UNCL 5189 code list.", "Les codes motifs de remise doivent appartenir à la liste UNCL 5189.", i => ReasonCodes(i, charge: false, CodeListData.AllowanceReasons)),
        new("BR-CL-20", "Coded charge reasons MUST belong to the UNCL 7161 code list.", "Les codes motifs de charge doivent appartenir à la liste UNCL 7161.", i => ReasonCodes(i, charge: true, CodeListData.ChargeReasons)),
        new("BR-CL-21", "Item standard identifier scheme identifier MUST belong to the ISO 6523 ICD code list.", "Le schéma de l'identifiant standard d'article doit appartenir à la liste ISO 6523 ICD.", i => FailingLines(i, l => l.Item.StandardId, "Item.StandardId.SchemeId", id => Known(id, CodeListData.Icd))),
        ForEach("BR-CL-22", "VatBreakdowns", "ExemptionReasonCode", "Tax exemption reason code identifier scheme MUST belong to the CEF VATEX code list.", "Le code de motif d'exonération doit appartenir à la liste CEF VATEX.", i => i.VatBreakdowns, b => b.ExemptionReasonCode is null || CodeListData.VatExemptionReasons.Contains(b.ExemptionReasonCode.ToUpperInvariant())),
        ForEach("BR-CL-24", "Attachments", "MimeCode", "For Mime code in attribute use MIMEMediaType.", "Le type MIME d'une pièce jointe doit être un type autorisé.", i => i.Attachments, a => a.MimeCode is null || CodeListData.MimeCodes.Contains(a.MimeCode)),
        new("BR-CL-23", "Unit code MUST be coded according to the UN/ECE Recommendation 20 with Rec 21 extension.", "Le code unité doit appartenir aux recommandations UN/ECE 20 et 21.", i => FailingLines(i, l => l.UnitCode, "UnitCode", IsUnitCode).Concat(FailingLines(i, l => l.Price.BaseQuantityUnitCode, "Price.BaseQuantityUnitCode", IsUnitCode))),
        new("BR-CL-25", "Endpoint identifier scheme identifier MUST belong to the CEF EAS code list.", "Le schéma de l'adresse électronique doit appartenir à la liste CEF EAS.", i => Schemes([(i.Seller.ElectronicAddress, "Seller.ElectronicAddress.SchemeId"), (i.Buyer.ElectronicAddress, "Buyer.ElectronicAddress.SchemeId")], CodeListData.Eas)),
        new("BR-CL-26", "Delivery location identifier scheme identifier MUST belong to the ISO 6523 ICD code list.", "Le schéma de l'identifiant du lieu de livraison doit appartenir à la liste ISO 6523 ICD.", i => Schemes([(i.Delivery?.LocationId, "Delivery.LocationId.SchemeId")], CodeListData.Icd)),
    ];

    private static IEnumerable<string> Schemes(IEnumerable<(Identifier? Id, string Path)> ids, HashSet<string> list) =>
        ids.Where(x => x.Id?.SchemeId is { } scheme && !list.Contains(scheme)).Select(x => x.Path);

    private static bool Known(Identifier? id, HashSet<string> list) => id?.SchemeId is not { } scheme || list.Contains(scheme);

    private static bool IsUnitCode(string? code) => string.IsNullOrEmpty(code) || CodeListData.Units.Contains(code);

    private static IEnumerable<(Identifier?, string)> PartyIds(Invoice i) =>
        new[] { (i.Seller, "Seller"), (i.Buyer, "Buyer"), (i.Payee, "Payee") }
            .Where(p => p.Item1 is not null)
            .SelectMany(p => p.Item1!.Identifiers.Where(id => id.SchemeId != "SEPA").Select((id, n) => ((Identifier?)id, $"{p.Item2}.Identifiers[{n}].SchemeId")));

    private static IEnumerable<(Identifier?, string)> LegalIds(Invoice i) =>
        [(i.Seller.LegalRegistrationId, "Seller.LegalRegistrationId.SchemeId"), (i.Buyer.LegalRegistrationId, "Buyer.LegalRegistrationId.SchemeId"), (i.Payee?.LegalRegistrationId, "Payee.LegalRegistrationId.SchemeId")];

    private static IEnumerable<string> ReasonCodes(Invoice i, bool charge, HashSet<string> list) =>
        i.AllowanceCharges.Select((a, n) => (a, n))
            .Where(x => !ReasonKnown(x.a, charge, list))
            .Select(x => $"AllowanceCharges[{x.n}].ReasonCode")
            .Concat(FailingLineItems(i, l => l.AllowanceCharges, "AllowanceCharges", ".ReasonCode", a => ReasonKnown(a, charge, list)));

    private static bool ReasonKnown(AllowanceCharge a, bool charge, HashSet<string> list) =>
        a.IsCharge != charge || a.ReasonCode is not { } code || list.Contains(code);

    private static IEnumerable<(PostalAddress? Address, string Path)> Addresses(Invoice i) =>
    [
        (i.Seller.Address, "Seller.Address"),
        (i.Buyer.Address, "Buyer.Address"),
        (i.TaxRepresentative?.Address, "TaxRepresentative.Address"),
        (i.Delivery?.Address, "Delivery.Address"),
    ];
}
