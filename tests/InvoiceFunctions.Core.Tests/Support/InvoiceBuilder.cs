using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Totals;

namespace InvoiceFunctions.Core.Tests.Support;

/// <summary>Test-data builders with named arguments: realistic parties, lines and payment, totals computed by the calculator.</summary>
internal static class InvoiceBuilder
{
    public static readonly DateOnly IssueDate = new(2026, 9, 15);

    public static TradeParty FrenchSeller(string? vatId = "FR32123456782") => new()
    {
        Name = "Atelier Durand SAS",
        TradingName = "Atelier Durand",
        LegalRegistrationId = new Identifier("123456782", Identifier.SirenScheme),
        Identifiers = [new Identifier("12345678200010", Identifier.SiretScheme)],
        VatId = vatId,
        AdditionalLegalInfo = "SAS au capital de 10 000 EUR, RCS Lyon 123 456 782",
        ElectronicAddress = new Identifier("123456782", "0225"),
        Address = new PostalAddress { Line1 = "12 rue de la République", City = "Lyon", PostCode = "69002", CountryCode = "FR" },
        Contact = new Contact("Claire Durand", "+33 4 72 00 00 00", "factures@atelier-durand.fr"),
    };

    public static TradeParty FrenchBuyer(string? vatId = "FR61732829320") => new()
    {
        Name = "Boulangerie Martin SARL",
        LegalRegistrationId = new Identifier("732829320", Identifier.SirenScheme),
        VatId = vatId,
        ElectronicAddress = new Identifier("732829320", "0225"),
        Address = new PostalAddress { Line1 = "3 place du Marché", Line2 = "Bâtiment B", City = "Villeurbanne", PostCode = "69100", CountryCode = "FR" },
        Contact = new Contact("Paul Martin", null, "compta@boulangerie-martin.fr"),
    };

    public static TradeParty ForeignBuyer(string country, string? vatId, string name = "Kunde GmbH") => new()
    {
        Name = name,
        VatId = vatId,
        ElectronicAddress = new Identifier("4000001123452", "0088"),
        Address = new PostalAddress { Line1 = "Hauptstraße 1", City = "Stadt", PostCode = "10115", CountryCode = country },
    };

    public static InvoiceLine Line(string id, decimal quantity, decimal price, VatCategory category = VatCategory.Standard, decimal? rate = 20m, string name = "Prestation de conseil", string unit = "HUR", decimal? grossPrice = null, IReadOnlyList<AllowanceCharge>? adjustments = null) => new()
    {
        Id = id,
        Quantity = quantity,
        UnitCode = unit,
        Price = new Price { NetPrice = price, GrossPrice = grossPrice, Discount = grossPrice is { } g ? g - price : null },
        VatCategory = category,
        VatRate = category == VatCategory.OutsideScope ? null : rate,
        Item = new Item { Name = name, SellerId = "SKU-" + id },
        AllowanceCharges = adjustments ?? [],
    };

    public static AllowanceCharge DocumentAllowance(decimal amount, VatCategory category = VatCategory.Standard, decimal? rate = 20m) =>
        new() { IsCharge = false, Amount = amount, VatCategory = category, VatRate = rate, Reason = "Remise commerciale", ReasonCode = "95" };

    public static AllowanceCharge DocumentCharge(decimal amount, VatCategory category = VatCategory.Standard, decimal? rate = 20m) =>
        new() { IsCharge = true, Amount = amount, VatCategory = category, VatRate = rate, Reason = "Frais de port", ReasonCode = "FC" };

    public static PaymentInstructions SepaTransfer() => new()
    {
        MeansCode = PaymentMeansCode.SepaCreditTransfer,
        RemittanceInformation = "RF18539007547034",
        CreditTransfers = [new CreditTransfer("FR7630006000011234567890189", "Atelier Durand", "AGRIFRPP")],
    };

    /// <summary>An invoice with the given lines, completed by the calculator.</summary>
    public static Invoice Invoice(
        IReadOnlyList<InvoiceLine> lines,
        string number = "FA-2026-0001",
        InvoiceTypeCode type = InvoiceTypeCode.CommercialInvoice,
        TradeParty? seller = null,
        TradeParty? buyer = null,
        string currency = "EUR",
        IReadOnlyList<AllowanceCharge>? allowanceCharges = null,
        IReadOnlyList<VatBreakdown>? exemptions = null,
        string? businessProcess = null,
        Func<Invoice, Invoice>? with = null,
        decimal? prepaid = null,
        decimal? rounding = null,
        decimal? accountingRate = null)
    {
        var draft = new Invoice
        {
            Number = number,
            IssueDate = IssueDate,
            TypeCode = type,
            CurrencyCode = currency,
            DueDate = IssueDate.AddDays(30),
            BuyerReference = "SERVICE-ACHATS",
            PurchaseOrderReference = "PO-4711",
            PaymentTerms = "Paiement à 30 jours. Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 EUR.",
            Notes = [new Note("Pas d'escompte pour paiement anticipé.", "AAB")],
            BusinessProcessType = businessProcess,
            Seller = seller ?? FrenchSeller(),
            Buyer = buyer ?? FrenchBuyer(),
            PaymentInstructions = SepaTransfer(),
            AllowanceCharges = allowanceCharges ?? [],
            VatBreakdowns = exemptions ?? [],
            Lines = lines,
        };
        draft = with?.Invoke(draft) ?? draft;
        return InvoiceCalculator.Complete(draft, prepaid, rounding, accountingRate);
    }

    public static VatBreakdown Exemption(VatCategory category, string code, string reason) =>
        new() { Category = category, ExemptionReasonCode = code, ExemptionReason = reason, TaxableAmount = 0m, TaxAmount = 0m };
}
