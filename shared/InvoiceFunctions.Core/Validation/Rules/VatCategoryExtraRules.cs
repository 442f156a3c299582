using InvoiceFunctions.Core.Model;
using static InvoiceFunctions.Core.Validation.InvoiceRule;
using static InvoiceFunctions.Core.Validation.Rules.RuleHelpers;

namespace InvoiceFunctions.Core.Validation.Rules;

/// <summary>Category rules outside the common pattern: BR-O-11/12 (no mixing with O) and BR-IC-11/12 (intra-community delivery).</summary>
internal static class VatCategoryExtraRules
{
    private static bool HasOutsideScope(Invoice i) => i.VatBreakdowns.Any(b => b.Category == VatCategory.OutsideScope);

    public static IReadOnlyList<InvoiceRule> All { get; } =
    [
        Require("BR-O-11", "VatBreakdowns", "An Invoice that contains a VAT breakdown group (BG-23) with a VAT category code (BT-118) \"Not subject to VAT\" shall not contain other VAT breakdown groups (BG-23).", "Une facture avec une ventilation « hors champ de TVA » ne doit pas contenir d'autre ventilation de TVA.", i => !HasOutsideScope(i) || i.VatBreakdowns.All(b => b.Category == VatCategory.OutsideScope)),
        Require("BR-O-12", "Lines", "An Invoice that contains a VAT breakdown group (BG-23) with a VAT category code (BT-118) \"Not subject to VAT\" shall not contain an Invoice line (BG-25) where the Invoiced item VAT category code (BT-151) is not \"Not subject to VAT\".", "Une facture avec une ventilation « hors champ de TVA » ne doit pas contenir de ligne d'une autre catégorie.", i => !HasOutsideScope(i) || i.Lines.All(l => l.VatCategory == VatCategory.OutsideScope)),
        Require("BR-O-13", "AllowanceCharges", "An Invoice that contains a VAT breakdown group (BG-23) with a VAT category code (BT-118) \"Not subject to VAT\" shall not contain Document level allowances (BG-20) where Document level allowance VAT category code (BT-95) is not \"Not subject to VAT\".", "Une facture avec une ventilation « hors champ de TVA » ne doit pas contenir de remise au niveau document d'une autre catégorie.", i => !HasOutsideScope(i) || Allowances(i).All(a => a.VatCategory is null or VatCategory.OutsideScope)),
        Require("BR-O-14", "AllowanceCharges", "An Invoice that contains a VAT breakdown group (BG-23) with a VAT category code (BT-118) \"Not subject to VAT\" shall not contain Document level charges (BG-21) where Document level charge VAT category code (BT-102) is not \"Not subject to VAT\".", "Une facture avec une ventilation « hors champ de TVA » ne doit pas contenir de charge au niveau document d'une autre catégorie.", i => !HasOutsideScope(i) || Charges(i).All(a => a.VatCategory is null or VatCategory.OutsideScope)),
        Require("BR-IC-11", "Delivery.ActualDeliveryDate", "In an Invoice with a VAT breakdown (BG-23) where the VAT category code (BT-118) is \"Intra-community supply\" the Actual delivery date (BT-72) or the Invoicing period (BG-14) shall not be blank.", "Pour une livraison intracommunautaire, la date de livraison (BT-72) ou la période de facturation (BG-14) doit être renseignée.", i => i.VatBreakdowns.All(b => b.Category != VatCategory.IntraCommunity) || i.Delivery?.ActualDeliveryDate is not null || i.InvoicingPeriod is { Start: not null } or { End: not null }),
        Require("BR-IC-12", "Delivery.Address.CountryCode", "In an Invoice with a VAT breakdown (BG-23) where the VAT category code (BT-118) is \"Intra-community supply\" the Deliver to country code (BT-80) shall not be blank.", "Pour une livraison intracommunautaire, le code pays de livraison (BT-80) doit être renseigné.", i => i.VatBreakdowns.All(b => b.Category != VatCategory.IntraCommunity) || Has(i.Delivery?.Address?.CountryCode)),
    ];
}
