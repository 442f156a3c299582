using InvoiceFunctions.Core.Model;
using static InvoiceFunctions.Core.Validation.InvoiceRule;
using static InvoiceFunctions.Core.Validation.Rules.RuleHelpers;

namespace InvoiceFunctions.Core.Validation.Rules;

/// <summary>
/// The French mentions required on B2B e-invoices from September 2026 (reform of article 289 bis CGI), as a profile
/// on top of EN 16931. Ids are ours (FR-nn): the French CIUS rule numbering is not public in a stable form.
/// </summary>
public static class FrenchRules
{
    private static bool IsFrench(TradeParty p) => p.Address?.CountryCode == "FR";

    private static bool HasSiren(TradeParty p) =>
        p.LegalRegistrationId is { } id && id.SchemeId == Identifier.SirenScheme && Siren.IsValidSiren(id.Value);

    /// <summary>The rules, in id order.</summary>
    public static IReadOnlyList<InvoiceRule> All { get; } =
    [
        Require("FR-01", "Seller.LegalRegistrationId", "A French seller shall give its SIREN (9 digits, valid check digit) as Seller legal registration identifier (BT-30) with scheme 0002.", "Un vendeur français doit indiquer son SIREN (9 chiffres, clé valide) comme immatriculation légale (BT-30), schéma 0002.", i => !IsFrench(i.Seller) || HasSiren(i.Seller)),
        Require("FR-02", "Buyer.LegalRegistrationId", "A French buyer's SIREN (9 digits, valid check digit) shall be given as Buyer legal registration identifier (BT-47) with scheme 0002.", "Le SIREN de l'acheteur français (9 chiffres, clé valide) doit figurer comme immatriculation légale (BT-47), schéma 0002.", i => !IsFrench(i.Buyer) || HasSiren(i.Buyer)),
        Require("FR-03", "Delivery.Address", "When goods are delivered to another place than the buyer's address, the delivery address (BG-15) shall be given.", "Lorsque les biens sont livrés ailleurs qu'à l'adresse de l'acheteur, l'adresse de livraison (BG-15) doit figurer.", i => i.Delivery is null || (i.Delivery.PartyName is null && i.Delivery.LocationId is null) || i.Delivery.Address is not null),
        Require("FR-04", "BusinessProcessType", "The nature of the operation (goods, services or both) shall be stated by a billing framework code (B1, S1, M1, ...) in the business process type (BT-23).", "La catégorie de l'opération (livraison de biens, prestation de services ou les deux) doit figurer par un code de cadre de facturation (B1, S1, M1, ...) en BT-23.", i => i.OperationNature is not null),
        Require("FR-05", "VatPointDateCode", "For services charged with VAT, the invoice shall state whether VAT is paid on debits (BT-8 = invoice date) or on receipts (BT-8 = paid to date), or give the tax point date (BT-7).", "Pour des prestations de services soumises à TVA, la facture doit indiquer l'option pour le paiement de la taxe d'après les débits (BT-8 = date de facture) ou sur les encaissements (BT-8 = date de paiement), ou la date d'exigibilité (BT-7).", i => i.OperationNature is not (OperationNature.Services or OperationNature.Mixed) || i.VatBreakdowns.All(b => b.Category != VatCategory.Standard) || i.VatPointDateCode is not null || i.TaxPointDate is not null),
        Require("FR-06", "PrecedingInvoices", "A credit note or corrective invoice shall reference the invoice it corrects (BG-3).", "Un avoir ou une facture rectificative doit référencer la facture initiale (BG-3).", i => i.TypeCode is not (InvoiceTypeCode.CreditNote or InvoiceTypeCode.Corrective) || i.PrecedingInvoices.Count > 0),
        Require("FR-07", "Seller.VatId", "A French seller charging VAT shall give its VAT identifier (BT-31).", "Un vendeur français facturant la TVA doit indiquer son numéro de TVA intracommunautaire (BT-31).", i => !IsFrench(i.Seller) || i.VatBreakdowns.All(b => b.Category != VatCategory.Standard) || Has(i.Seller.VatId) || Has(i.TaxRepresentative?.VatId)),
    ];
}
