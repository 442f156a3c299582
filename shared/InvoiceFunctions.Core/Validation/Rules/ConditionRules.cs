using InvoiceFunctions.Core.Model;
using static InvoiceFunctions.Core.Validation.InvoiceRule;
using static InvoiceFunctions.Core.Validation.Rules.RuleHelpers;

namespace InvoiceFunctions.Core.Validation.Rules;

/// <summary>EN 16931 conditional rules BR-CO-xx other than the calculations.</summary>
public static class ConditionRules
{
    /// <summary>The rules, in id order.</summary>
    public static IReadOnlyList<InvoiceRule> All { get; } =
    [
        Require("BR-CO-03", "TaxPointDate", "Value added tax point date (BT-7) and Value added tax point date code (BT-8) are mutually exclusive.", "La date d'exigibilité de la TVA (BT-7) et son code (BT-8) s'excluent mutuellement.", i => i.TaxPointDate is null || i.VatPointDateCode is null),
        ForEach("BR-CO-04", "Lines", "VatCategory", "Each Invoice line (BG-25) shall be categorized with an Invoiced item VAT category code (BT-151).", "Chaque ligne de facture doit avoir un code de catégorie de TVA (BT-151).", i => i.Lines, l => Enum.IsDefined(l.VatCategory)),
        Require("BR-CO-09", "Seller.VatId", "The Seller VAT identifier (BT-31), the Seller tax representative VAT identifier (BT-63) and the Buyer VAT identifier (BT-48) shall have a prefix in accordance with ISO code ISO 3166-1 alpha-2.", "Les numéros de TVA (BT-31, BT-63, BT-48) doivent commencer par un code pays ISO 3166-1 alpha-2.", i => new[] { i.Seller.VatId, i.TaxRepresentative?.VatId, i.Buyer.VatId }.Where(Has).All(v => CountryOfVatId(v) is not null)),
        Require("BR-CO-18", "VatBreakdowns", "An Invoice shall at least have one VAT breakdown group (BG-23).", "Une facture doit avoir au moins une ventilation de TVA (BG-23).", i => i.VatBreakdowns.Count > 0),
        Require("BR-CO-19", "InvoicingPeriod", "If Invoicing period (BG-14) is used, the Invoicing period start date (BT-73) or end date (BT-74) shall be filled, or both.", "Si la période de facturation (BG-14) est utilisée, sa date de début (BT-73) ou de fin (BT-74) doit être renseignée.", i => i.InvoicingPeriod is null || i.InvoicingPeriod.Start is not null || i.InvoicingPeriod.End is not null),
        ForEach("BR-CO-20", "Lines", "Period", "If Invoice line period (BG-26) is used, the start date (BT-134) or end date (BT-135) shall be filled, or both.", "Si la période de ligne (BG-26) est utilisée, sa date de début (BT-134) ou de fin (BT-135) doit être renseignée.", i => i.Lines, l => l.Period is null || l.Period.Start is not null || l.Period.End is not null),
        Require("BR-CO-25", "DueDate", "In case the Amount due for payment (BT-115) of an invoice (not a credit note) is positive, either the Payment due date (BT-9) or the Payment terms (BT-20) shall be present.", "Si le montant à payer (BT-115) est positif, la date d'échéance (BT-9) ou les conditions de paiement (BT-20) doivent être présentes.", i => i.TypeCode == InvoiceTypeCode.CreditNote || i.Totals.AmountDue <= 0m || i.DueDate is not null || Has(i.PaymentTerms)),
        Require("BR-CO-26", "Seller.VatId", "In order for the buyer to automatically identify a supplier, the Seller identifier (BT-29), the Seller legal registration identifier (BT-30) and/or the Seller VAT identifier (BT-31) shall be present.", "Pour identifier le fournisseur, l'identifiant du vendeur (BT-29), son immatriculation légale (BT-30) et/ou son numéro de TVA (BT-31) doivent être présents.", i => i.Seller.Identifiers.Count > 0 || i.Seller.LegalRegistrationId is not null || Has(i.Seller.VatId)),
    ];
}
