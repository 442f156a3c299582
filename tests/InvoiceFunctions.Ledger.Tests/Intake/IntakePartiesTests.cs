using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Intake;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Ledger.Tests.Intake;

public sealed class IntakePartiesTests
{
    private static readonly Company Acme = new(CompanyId.Parse("acme"), "ACME", "732829320", "FR44732829320", "FR", DateTimeOffset.UnixEpoch);

    [Fact]
    public void Direction_FromVatIdWrittenAnyWay_OrSiretOfTheCompany()
    {
        var other = new TradeParty { Name = "Other", VatId = "DE123456789" };

        Assert.Equal(InvoiceDirection.Sales, IntakeParties.DirectionOf(Acme, Invoice(new TradeParty { Name = "x", VatId = "fr 44 732 829 320" }, other)));
        Assert.Equal(InvoiceDirection.Purchase, IntakeParties.DirectionOf(Acme, Invoice(other, new TradeParty { Name = "x", LegalRegistrationId = new Identifier("73282932000074", "0009") })));
        Assert.Null(IntakeParties.DirectionOf(Acme, Invoice(other, new TradeParty { Name = "ACME" })));
    }

    [Fact]
    public void Matching_ByVatThenSirenThenNameOnlyWithoutIdentifiers()
    {
        var known = new Party(Acme.Id, "s1", PartyRole.Supplier, "Le Fournisseur", "123456789", null, null, "FR", DateTimeOffset.UnixEpoch);

        Assert.True(IntakeParties.Matches(known, new TradeParty { Name = "Other name", LegalRegistrationId = new Identifier("12345678900014") }));
        Assert.False(IntakeParties.Matches(known, new TradeParty { Name = "Le Fournisseur", LegalRegistrationId = new Identifier("987654321") }));
        Assert.False(IntakeParties.Matches(known, new TradeParty { Name = "le  fournisseur" }));
        Assert.True(IntakeParties.Matches(known with { LegalId = null }, new TradeParty { Name = "le  fournisseur" }));
    }

    [Fact]
    public void NewContact_StableValidIdAndCountryFromVat()
    {
        var party = new TradeParty { Name = "Société Générale d'Équipement & Fils", VatId = "BE0123456749", ElectronicAddress = new Identifier("ap@example.be", "EM") };

        var first = IntakeParties.NewContact(party, PartyRole.Supplier, "FR");
        var second = IntakeParties.NewContact(party with { Name = party.Name }, PartyRole.Supplier, "FR");

        Assert.Equal(first.Id, second.Id);
        Assert.True(LedgerIds.IsId(first.Id));
        Assert.Equal("BE", first.CountryCode);
        Assert.Equal("ap@example.be", first.Email);
        Assert.Empty(first.Validate());
    }

    private static Invoice Invoice(TradeParty seller, TradeParty buyer) =>
        new() { Number = "1", IssueDate = new DateOnly(2026, 1, 1), CurrencyCode = "EUR", Seller = seller, Buyer = buyer };
}
