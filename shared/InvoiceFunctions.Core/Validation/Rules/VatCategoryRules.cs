using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Totals;
using static InvoiceFunctions.Core.Validation.Rules.RuleHelpers;

namespace InvoiceFunctions.Core.Validation.Rules;

/// <summary>
/// The EN 16931 VAT category rules (BR-S-01..10, BR-Z, BR-E, BR-AE, BR-IC (K), BR-G, BR-O, BR-IG (L), BR-IP (M)),
/// generated from one table since every category has the same ten checks with different constraints.
/// </summary>
public static class VatCategoryRules
{
    private static readonly VatCategorySpec[] Specs =
    [
        new(VatCategory.Standard, "S", "Standard rated", "taux normal", RateConstraint.Positive, PartyRequirement.SellerAny, false, true),
        new(VatCategory.ZeroRated, "Z", "Zero rated", "taux zéro", RateConstraint.Zero, PartyRequirement.SellerAny, false, false),
        new(VatCategory.Exempt, "E", "Exempt from VAT", "exonéré de TVA", RateConstraint.Zero, PartyRequirement.SellerAny, true, false),
        new(VatCategory.ReverseCharge, "AE", "Reverse charge", "autoliquidation", RateConstraint.Zero, PartyRequirement.SellerAndBuyer, true, false),
        new(VatCategory.IntraCommunity, "IC", "Intra-community supply", "livraison intracommunautaire", RateConstraint.Zero, PartyRequirement.SellerVatAndBuyerVat, true, false),
        new(VatCategory.Export, "G", "Export outside the EU", "exportation hors UE", RateConstraint.Zero, PartyRequirement.SellerVat, true, false),
        new(VatCategory.OutsideScope, "O", "Not subject to VAT", "hors champ de TVA", RateConstraint.Absent, PartyRequirement.NoneAllowed, true, false),
        new(VatCategory.CanaryIslands, "IG", "IGIC", "IGIC", RateConstraint.NotNegative, PartyRequirement.SellerAny, false, true),
        new(VatCategory.CeutaMelilla, "IP", "IPSI", "IPSI", RateConstraint.NotNegative, PartyRequirement.SellerAny, false, true),
    ];

    /// <summary>The rules of every category, plus BR-O-11/12 and BR-IC-11/12.</summary>
    public static IReadOnlyList<InvoiceRule> All { get; } = [.. Specs.SelectMany(RulesOf), .. VatCategoryExtraRules.All];

    private static IEnumerable<InvoiceRule> RulesOf(VatCategorySpec s)
    {
        var id = (string n) => $"BR-{s.Prefix}-{n}";
        var cat = $"\"{s.NameEn}\"";
        var catFr = $"« {s.NameFr} »";
        yield return new(id("01"), $"An Invoice that contains an Invoice line, a Document level allowance or charge where the VAT category code is {cat} shall contain {(s.PerRate ? "at least one" : "exactly one")} VAT breakdown (BG-23) with that category.",
            $"Une facture contenant une ligne, remise ou charge en catégorie {catFr} doit contenir {(s.PerRate ? "au moins une" : "exactement une")} ventilation de TVA (BG-23) de cette catégorie.",
            i => Uses(i, s.Category) && !BreakdownCountOk(i, s) ? ["VatBreakdowns"] : []);
        yield return PartyRule(s, id("02"), "an Invoice line", "une ligne de facture", i => i.Lines.Any(l => l.VatCategory == s.Category));
        yield return PartyRule(s, id("03"), "a Document level allowance", "une remise au niveau document", i => Allowances(i).Any(a => a.VatCategory == s.Category));
        yield return PartyRule(s, id("04"), "a Document level charge", "une charge au niveau document", i => Charges(i).Any(a => a.VatCategory == s.Category));
        yield return InvoiceRule.ForEach(id("05"), "Lines", "VatRate", $"In an Invoice line where the VAT category code is {cat} the Invoiced item VAT rate (BT-152) {RateTextEn(s.Rate)}.", $"Dans une ligne en catégorie {catFr}, le taux de TVA (BT-152) {RateTextFr(s.Rate)}.", i => i.Lines.Where(l => l.VatCategory == s.Category), l => RateOk(s.Rate, l.VatRate));
        yield return AcRate(s, id("06"), false, cat, catFr);
        yield return AcRate(s, id("07"), true, cat, catFr);
        yield return new(id("08"), $"For each different value of VAT category rate (BT-119) where the VAT category code (BT-118) is {cat}, the VAT category taxable amount (BT-116) shall equal the sum of Invoice line net amounts plus document level charges minus document level allowances with that category{(s.PerRate ? " and rate" : string.Empty)}.",
            $"Pour la catégorie {catFr}, la base d'imposition (BT-116) doit être égale à la somme des montants nets de ligne plus charges moins remises de cette catégorie{(s.PerRate ? " et de ce taux" : string.Empty)}.",
            i => TaxableMismatches(i, s));
        yield return InvoiceRule.ForEach(id("09"), "VatBreakdowns", "TaxAmount", s.Rate is RateConstraint.Positive or RateConstraint.NotNegative ? $"The VAT category tax amount (BT-117) in a VAT breakdown where the category is {cat} shall equal the taxable amount (BT-116) multiplied by the rate (BT-119)." : $"The VAT category tax amount (BT-117) in a VAT breakdown where the category is {cat} shall be 0 (zero).",
            s.Rate is RateConstraint.Positive or RateConstraint.NotNegative ? $"Le montant de TVA (BT-117) d'une ventilation en catégorie {catFr} doit être égal à la base (BT-116) multipliée par le taux (BT-119)." : $"Le montant de TVA (BT-117) d'une ventilation en catégorie {catFr} doit être 0 (zéro).",
            i => i.VatBreakdowns.Where(b => b.Category == s.Category), b => TaxOk(s, b));
        yield return InvoiceRule.ForEach(id("10"), "VatBreakdowns", "ExemptionReason", s.ExemptionReasonRequired ? $"A VAT breakdown (BG-23) with VAT category code {cat} shall have a VAT exemption reason code (BT-121) or text (BT-120)." : $"A VAT breakdown (BG-23) with VAT category code {cat} shall not have a VAT exemption reason code (BT-121) or text (BT-120).",
            s.ExemptionReasonRequired ? $"Une ventilation de TVA en catégorie {catFr} doit avoir un motif d'exonération (BT-120) ou son code (BT-121)." : $"Une ventilation de TVA en catégorie {catFr} ne doit pas avoir de motif d'exonération (BT-120, BT-121).",
            i => i.VatBreakdowns.Where(b => b.Category == s.Category), b => (Has(b.ExemptionReason) || Has(b.ExemptionReasonCode)) == s.ExemptionReasonRequired);
    }

    private static bool Uses(Invoice i, VatCategory c) =>
        i.Lines.Any(l => l.VatCategory == c) || i.AllowanceCharges.Any(a => a.VatCategory == c);

    private static bool BreakdownCountOk(Invoice i, VatCategorySpec s)
    {
        var count = i.VatBreakdowns.Count(b => b.Category == s.Category);
        return s.PerRate ? count >= 1 : count == 1;
    }

    private static InvoiceRule PartyRule(VatCategorySpec s, string id, string whatEn, string whatFr, Func<Invoice, bool> applies) =>
        new(id, $"An Invoice that contains {whatEn} where the VAT category code is \"{s.NameEn}\" {PartyTextEn(s.Parties)}.", $"Une facture contenant {whatFr} en catégorie « {s.NameFr} » {PartyTextFr(s.Parties)}.",
            i => applies(i) && !PartiesOk(s.Parties, i) ? [PartyPath(s.Parties, i)] : []);

    /// <summary>The field to point at: the buyer's VAT id when the seller side is fine but the buyer side is not.</summary>
    private static string PartyPath(PartyRequirement p, Invoice i) =>
        p is PartyRequirement.SellerAndBuyer or PartyRequirement.SellerVatAndBuyerVat && (Has(i.Seller.VatId) || Has(i.TaxRepresentative?.VatId))
            ? "Buyer.VatId"
            : p == PartyRequirement.NoneAllowed && !Has(i.Seller.VatId) && !Has(i.TaxRepresentative?.VatId) ? "Buyer.VatId" : "Seller.VatId";

    private static InvoiceRule AcRate(VatCategorySpec s, string id, bool charge, string cat, string catFr) =>
        new(id, $"In a Document level {(charge ? "charge" : "allowance")} where the VAT category code is {cat} the VAT rate {RateTextEn(s.Rate)}.", $"Dans une {(charge ? "charge" : "remise")} au niveau document en catégorie {catFr}, le taux de TVA {RateTextFr(s.Rate)}.",
            i => i.AllowanceCharges.Select((a, n) => (a, n)).Where(x => x.a.IsCharge == charge && x.a.VatCategory == s.Category && !RateOk(s.Rate, x.a.VatRate)).Select(x => $"AllowanceCharges[{x.n}].VatRate"));

    private static bool PartiesOk(PartyRequirement p, Invoice i)
    {
        var sellerVat = Has(i.Seller.VatId) || Has(i.TaxRepresentative?.VatId);
        var sellerAny = sellerVat || Has(i.Seller.TaxRegistrationId);
        return p switch
        {
            PartyRequirement.SellerAny => sellerAny,
            PartyRequirement.SellerVat => sellerVat,
            PartyRequirement.SellerAndBuyer => sellerAny && (Has(i.Buyer.VatId) || i.Buyer.LegalRegistrationId is not null),
            PartyRequirement.SellerVatAndBuyerVat => sellerVat && Has(i.Buyer.VatId),
            _ => !sellerVat && !Has(i.Buyer.VatId),
        };
    }

    private static bool RateOk(RateConstraint c, decimal? rate) => c switch
    {
        RateConstraint.Positive => rate > 0m,
        RateConstraint.Zero => rate == 0m,
        RateConstraint.Absent => rate is null,
        _ => rate >= 0m,
    };

    private static bool TaxOk(VatCategorySpec s, VatBreakdown b) =>
        s.Rate is RateConstraint.Positive or RateConstraint.NotNegative
            ? b.Rate is { } r && b.TaxAmount == Money.Vat(b.TaxableAmount, r)
            : b.TaxAmount == 0m;

    private static IEnumerable<string> TaxableMismatches(Invoice i, VatCategorySpec s)
    {
        var sums = InvoiceCalculator.TaxableAmounts(i);
        return i.VatBreakdowns.Select((b, n) => (b, n))
            .Where(x => x.b.Category == s.Category)
            .Where(x => x.b.TaxableAmount != Money.Round2(sums.Where(kv => kv.Key.Category == s.Category && (!s.PerRate || kv.Key.Rate == x.b.Rate)).Sum(kv => kv.Value)))
            .Select(x => $"VatBreakdowns[{x.n}].TaxableAmount");
    }

    private static string RateTextEn(RateConstraint c) => c switch
    {
        RateConstraint.Positive => "shall be greater than zero",
        RateConstraint.Zero => "shall be 0 (zero)",
        RateConstraint.Absent => "shall not be present",
        _ => "shall be 0 (zero) or greater than zero",
    };

    private static string RateTextFr(RateConstraint c) => c switch
    {
        RateConstraint.Positive => "doit être supérieur à zéro",
        RateConstraint.Zero => "doit être 0 (zéro)",
        RateConstraint.Absent => "ne doit pas être présent",
        _ => "doit être supérieur ou égal à zéro",
    };

    private static string PartyTextEn(PartyRequirement p) => p switch
    {
        PartyRequirement.SellerAny => "shall contain the Seller VAT identifier (BT-31), the Seller tax registration identifier (BT-32) and/or the Seller tax representative VAT identifier (BT-63)",
        PartyRequirement.SellerVat => "shall contain the Seller VAT identifier (BT-31) or the Seller tax representative VAT identifier (BT-63)",
        PartyRequirement.SellerAndBuyer => "shall contain a Seller VAT identifier (BT-31, BT-32 or BT-63) and the Buyer VAT identifier (BT-48) and/or the Buyer legal registration identifier (BT-47)",
        PartyRequirement.SellerVatAndBuyerVat => "shall contain the Seller VAT identifier (BT-31) or the Seller tax representative VAT identifier (BT-63) and the Buyer VAT identifier (BT-48)",
        _ => "shall not contain the Seller VAT identifier (BT-31), the Seller tax representative VAT identifier (BT-63) or the Buyer VAT identifier (BT-48)",
    };

    private static string PartyTextFr(PartyRequirement p) => p switch
    {
        PartyRequirement.SellerAny => "doit contenir le numéro de TVA du vendeur (BT-31), son identifiant fiscal (BT-32) et/ou le numéro de TVA de son représentant fiscal (BT-63)",
        PartyRequirement.SellerVat => "doit contenir le numéro de TVA du vendeur (BT-31) ou de son représentant fiscal (BT-63)",
        PartyRequirement.SellerAndBuyer => "doit contenir un identifiant de TVA du vendeur (BT-31, BT-32 ou BT-63) et le numéro de TVA (BT-48) et/ou l'immatriculation légale (BT-47) de l'acheteur",
        PartyRequirement.SellerVatAndBuyerVat => "doit contenir le numéro de TVA du vendeur (BT-31) ou de son représentant fiscal (BT-63) et le numéro de TVA de l'acheteur (BT-48)",
        _ => "ne doit contenir ni le numéro de TVA du vendeur (BT-31), ni celui de son représentant fiscal (BT-63), ni celui de l'acheteur (BT-48)",
    };
}
