using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Totals;

namespace InvoiceFunctions.Rendering.Tests.Support;

/// <summary>Invoices to render: a French B2B seller and buyer, SEPA transfer with an RF reference, totals computed by the core's calculator.</summary>
internal static class SampleInvoices
{
    public static readonly DateOnly Issued = new(2026, 3, 2);

    private static readonly (string Name, string Unit, decimal Price, decimal Rate)[] Catalogue =
    [
        ("Développement d'une API de facturation", "HUR", 95m, 20m),
        ("Audit de sécurité (forfait)", "LS", 1450m, 20m),
        ("Licence logicielle annuelle — édition Pro", "ANN", 480m, 20m),
        ("Formation « Factur-X et réforme 2026 »", "DAY", 850m, 20m),
        ("Livres techniques", "C62", 42.5m, 5.5m),
        ("Hébergement géré, région France", "MON", 129.9m, 20m),
        ("Déplacement et hébergement", "LS", 312.4m, 10m),
        ("Support premium, astreinte week-end", "HUR", 120m, 20m),
        ("Câbles et connectique", "C62", 7.35m, 20m),
        ("Maintenance corrective", "HUR", 88m, 20m),
    ];

    public static TradeParty Seller { get; } = new()
    {
        Name = "Éditions Lumière SAS",
        LegalRegistrationId = new Identifier("552120222", Identifier.SirenScheme),
        VatId = "FR40552120222",
        AdditionalLegalInfo = "SAS au capital de 50 000 €",
        ElectronicAddress = new Identifier("552120222", "0225"),
        Address = new PostalAddress { Line1 = "18 quai des Célestins", City = "Paris", PostCode = "75004", CountryCode = "FR" },
        Contact = new Contact("Service facturation", "+33 1 44 00 00 00", "facturation@editions-lumiere.fr"),
    };

    public static TradeParty Buyer { get; } = new()
    {
        Name = "Brasserie Øresund & Fils SARL",
        LegalRegistrationId = new Identifier("391838042", Identifier.SirenScheme),
        VatId = "FR83391838042",
        ElectronicAddress = new Identifier("391838042", "0225"),
        Address = new PostalAddress { Line1 = "7 rue de l'Église", Line2 = "Zone artisanale Nord", City = "Nantes", PostCode = "44000", CountryCode = "FR" },
        Contact = new Contact("Anaïs Leroy", null, "compta@brasserie-oresund.fr"),
    };

    /// <summary>An invoice of <paramref name="lineCount"/> lines cycling through the catalogue, completed by <see cref="InvoiceCalculator"/>.</summary>
    public static Invoice Invoice(int lineCount = 10, string number = "F-2026-0042", InvoiceTypeCode type = InvoiceTypeCode.CommercialInvoice)
    {
        var lines = Enumerable.Range(1, lineCount).Select(Line).ToList();
        var draft = new Invoice
        {
            Number = number,
            IssueDate = Issued,
            TypeCode = type,
            CurrencyCode = "EUR",
            DueDate = Issued.AddDays(30),
            BuyerReference = "ACHATS-IT",
            PurchaseOrderReference = "BC-2026-118",
            ContractReference = "CTR-7781",
            BusinessProcessType = "S1",
            PaymentTerms = "30 jours date de facture",
            Notes = [new Note("Merci pour votre confiance.")],
            PrecedingInvoices = type == InvoiceTypeCode.CreditNote ? [new PrecedingInvoiceReference("F-2026-0017", Issued.AddDays(-20))] : [],
            Seller = Seller,
            Buyer = Buyer,
            PaymentInstructions = new PaymentInstructions
            {
                MeansCode = PaymentMeansCode.SepaCreditTransfer,
                RemittanceInformation = "RF18539007547034",
                CreditTransfers = [new CreditTransfer("FR7630006000011234567890189", "Éditions Lumière", "AGRIFRPP")],
            },
            Lines = lines,
        };
        return InvoiceCalculator.Complete(draft);
    }

    private static InvoiceLine Line(int n)
    {
        var (name, unit, price, rate) = Catalogue[(n - 1) % Catalogue.Length];
        return new InvoiceLine
        {
            Id = n.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Quantity = 1 + (n * 7 % 12),
            UnitCode = unit,
            Price = new Price { NetPrice = price },
            VatCategory = VatCategory.Standard,
            VatRate = rate,
            Note = n % 4 == 0 ? "Intervention du 12 au 14 février, équipe de deux personnes." : null,
            Item = new Item { Name = name, SellerId = $"ART-{n:000}", Description = n % 3 == 0 ? "Conformément au devis accepté, hors frais annexes." : null },
        };
    }
}
