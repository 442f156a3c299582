using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Validation;
using static InvoiceFunctions.Core.Tests.Support.InvoiceBuilder;

namespace InvoiceFunctions.Core.Tests.Support;

/// <summary>Our own test set: every VAT category, allowances/charges, credit and corrective notes, foreign currency with BT-111.</summary>
internal static class GeneratedInvoices
{
    private static readonly Lazy<IReadOnlyDictionary<string, GeneratedInvoice>> Set = new(Build);

    public static IReadOnlyDictionary<string, GeneratedInvoice> All => Set.Value;

    public static IEnumerable<string> Names => All.Keys;

    private static Dictionary<string, GeneratedInvoice> Build()
    {
        var k = ForeignBuyer("DE", "DE123456789");
        var list = new List<GeneratedInvoice>
        {
            new("standard-fr-allowances", ValidationProfile.France, false, Invoice(
                [
                    Line("1", 12.5m, 85m, grossPrice: 100m),
                    Line("2", 3m, 19.99m, rate: 5.5m, name: "Livre technique", unit: "C62", adjustments: [new AllowanceCharge { IsCharge = false, Amount = 5m, Reason = "Remise fidélité", ReasonCode = "95" }, new AllowanceCharge { IsCharge = true, Amount = 2.5m, Reason = "Emballage", ReasonCode = "ABL" }]),
                    Line("3", 1m, 0.333m, name: "Petite fourniture", unit: "C62"),
                ],
                allowanceCharges: [DocumentAllowance(10m), DocumentCharge(15m, rate: 5.5m)],
                businessProcess: "M1",
                with: i => i with { VatPointDateCode = VatPointDateCode.InvoiceDate, Delivery = new DeliveryInformation { PartyName = "Entrepôt Martin", ActualDeliveryDate = IssueDate.AddDays(-2), Address = new PostalAddress { Line1 = "ZI Nord", City = "Vénissieux", PostCode = "69200", CountryCode = "FR" } } })),
            new("standard-peppol", ValidationProfile.En16931, true, Invoice([Line("1", 2m, 150m), Line("2", -1m, 40m)], allowanceCharges: [DocumentAllowance(0m) with { BaseAmount = 260m, Percentage = 5m }], prepaid: 100m)),
            new("zero-rated", ValidationProfile.En16931, true, Invoice([Line("1", 10m, 4.2m, VatCategory.ZeroRated, 0m)])),
            new("exempt", ValidationProfile.En16931, true, Invoice([Line("1", 1m, 500m, VatCategory.Exempt, 0m, "Formation professionnelle")], exemptions: [Exemption(VatCategory.Exempt, "VATEX-EU-132-1I", "Exonération de TVA, article 261-4-4° du CGI")])),
            new("reverse-charge", ValidationProfile.En16931, true, Invoice([Line("1", 8m, 120m, VatCategory.ReverseCharge, 0m)], buyer: k, exemptions: [Exemption(VatCategory.ReverseCharge, "VATEX-EU-AE", "Autoliquidation")])),
            new("intra-community", ValidationProfile.En16931, true, Invoice([Line("1", 100m, 3.5m, VatCategory.IntraCommunity, 0m, "Pièces détachées", "C62")], buyer: k, exemptions: [Exemption(VatCategory.IntraCommunity, "VATEX-EU-IC", "Livraison intracommunautaire exonérée, article 262 ter I du CGI")],
                with: i => i with { Delivery = new DeliveryInformation { ActualDeliveryDate = IssueDate.AddDays(-1), Address = new PostalAddress { City = "Berlin", CountryCode = "DE" } } })),
            new("export", ValidationProfile.En16931, true, Invoice([Line("1", 5m, 80m, VatCategory.Export, 0m, "Machine", "C62")], buyer: ForeignBuyer("US", null, "Customer Inc."), exemptions: [Exemption(VatCategory.Export, "VATEX-EU-G", "Exportation hors UE, article 262 I du CGI")])),
            new("outside-scope", ValidationProfile.En16931, true, Invoice([Line("1", 1m, 250m, VatCategory.OutsideScope, null, "Débours")], seller: FrenchSeller(vatId: null), buyer: FrenchBuyer(vatId: null), exemptions: [Exemption(VatCategory.OutsideScope, "VATEX-EU-O", "Non soumis à la TVA")])),
            new("canary-islands", ValidationProfile.En16931, true, Invoice([Line("1", 3m, 99.99m, VatCategory.CanaryIslands, 7m)], seller: FrenchSeller() with { VatId = "ESB12345678", Address = new PostalAddress { City = "Las Palmas", CountryCode = "ES" } }, buyer: ForeignBuyer("ES", "ESA87654321"))),
            new("ceuta-melilla", ValidationProfile.En16931, true, Invoice([Line("1", 3m, 99.99m, VatCategory.CeutaMelilla, 4m)], seller: FrenchSeller() with { VatId = "ESB12345678", Address = new PostalAddress { City = "Ceuta", CountryCode = "ES" } }, buyer: ForeignBuyer("ES", "ESA87654321"))),
            new("credit-note", ValidationProfile.France, false, Invoice([Line("1", 2m, 85m)], number: "AV-2026-0007", type: InvoiceTypeCode.CreditNote, businessProcess: "S1",
                with: i => i with { PrecedingInvoices = [new PrecedingInvoiceReference("FA-2026-0001", IssueDate.AddDays(-10))], VatPointDateCode = VatPointDateCode.PaidToDate })),
            new("corrective", ValidationProfile.France, false, Invoice([Line("1", 1m, 42m)], number: "FA-2026-0002", type: InvoiceTypeCode.Corrective, businessProcess: "S1",
                with: i => i with { PrecedingInvoices = [new PrecedingInvoiceReference("FA-2026-0001", IssueDate.AddDays(-10))], VatPointDateCode = VatPointDateCode.InvoiceDate })),
            new("prepayment", ValidationProfile.En16931, true, Invoice([Line("1", 1m, 3000m, name: "Acompte 30 % sur commande PO-4711")], number: "AC-2026-0003", type: InvoiceTypeCode.Prepayment)),
            new("self-billed", ValidationProfile.En16931, false, Invoice([Line("1", 40m, 12.5m, name: "Lait collecté", unit: "LTR")], number: "AF-2026-0011", type: InvoiceTypeCode.SelfBilled)),
            new("foreign-currency", ValidationProfile.En16931, true, Invoice([Line("1", 7m, 123.45m)], currency: "USD", with: i => i with { TaxCurrencyCode = "EUR" }, accountingRate: 0.9215m)),
            new("direct-debit-rounding", ValidationProfile.En16931, true, Invoice([Line("1", 1m, 99.99m)], rounding: 0.01m,
                with: i => i with { PaymentInstructions = new PaymentInstructions { MeansCode = PaymentMeansCode.SepaDirectDebit, DirectDebit = new DirectDebit("MANDATE-77", "FR12ZZZ123456", "FR7630006000011234567890189") } })),
            new("card", ValidationProfile.En16931, true, Invoice([Line("1", 1m, 59m)],
                with: i => i with { PaymentInstructions = new PaymentInstructions { MeansCode = PaymentMeansCode.BankCard, Card = new CardInformation("1234", "C DURAND") } })),
        };
        return list.ToDictionary(g => g.Name, StringComparer.Ordinal);
    }
}
