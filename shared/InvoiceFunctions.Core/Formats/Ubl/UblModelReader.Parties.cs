using System.Xml.Linq;
using InvoiceFunctions.Core.Model;
using static InvoiceFunctions.Core.Formats.Ubl.UblNames;

namespace InvoiceFunctions.Core.Formats.Ubl;

/// <summary>Maps UBL parties: seller, buyer, payee, tax representative, addresses.</summary>
internal sealed partial class UblModelReader
{
    private TradeParty? Party(XElement? p)
    {
        if (p is null)
        {
            return null;
        }

        var schemes = ctx.Children(p, Cac + "PartyTaxScheme").ToList();
        var legal = ctx.Child(p, Cac + "PartyLegalEntity");
        var contact = ctx.Child(p, Cac + "Contact");
        return new TradeParty
        {
            ElectronicAddress = Id(ctx.Child(p, Cbc + "EndpointID")),
            Identifiers = [.. Identifications(p).Where(i => i.SchemeId != "SEPA")],
            TradingName = ctx.Text(p, Cac + "PartyName", Cbc + "Name"),
            Address = Address(ctx.Child(p, Cac + "PostalAddress")),
            VatId = TaxId(schemes, vat: true),
            TaxRegistrationId = TaxId(schemes, vat: false),
            Name = ctx.Text(legal, Cbc + "RegistrationName") ?? string.Empty,
            LegalRegistrationId = Id(ctx.Child(legal, Cbc + "CompanyID")),
            AdditionalLegalInfo = ctx.Text(legal, Cbc + "CompanyLegalForm"),
            Contact = contact is null ? null : new Contact(ctx.Text(contact, Cbc + "Name"), ctx.Text(contact, Cbc + "Telephone"), ctx.Text(contact, Cbc + "ElectronicMail")),
        };
    }

    private TradeParty? Payee(XElement? p) => p is null ? null : new TradeParty
    {
        Identifiers = [.. Identifications(p).Where(i => i.SchemeId != "SEPA")],
        Name = ctx.Text(p, Cac + "PartyName", Cbc + "Name") ?? string.Empty,
        LegalRegistrationId = Id(ctx.Path(p, Cac + "PartyLegalEntity", Cbc + "CompanyID")),
    };

    private TradeParty? TaxRepresentative(XElement? p) => p is null ? null : new TradeParty
    {
        Name = ctx.Text(p, Cac + "PartyName", Cbc + "Name") ?? string.Empty,
        Address = Address(ctx.Child(p, Cac + "PostalAddress")),
        VatId = TaxId(ctx.Children(p, Cac + "PartyTaxScheme").ToList(), vat: true),
    };

    private string? SepaCreditorId(XElement? party) =>
        party?.Elements(Cac + "PartyIdentification").Select(i => i.Element(Cbc + "ID")).FirstOrDefault(id => (string?)id?.Attribute("schemeID") == "SEPA")?.Value.Trim();

    private IEnumerable<Identifier> Identifications(XElement p) =>
        ctx.Children(p, Cac + "PartyIdentification").Select(i => Id(ctx.Child(i, Cbc + "ID"))).OfType<Identifier>().ToList();

    private string? TaxId(List<XElement> schemes, bool vat)
    {
        foreach (var s in schemes)
        {
            var isVat = string.Equals(ctx.Text(s, Cac + "TaxScheme", Cbc + "ID"), "VAT", StringComparison.OrdinalIgnoreCase);
            if (isVat == vat)
            {
                return ctx.Text(s, Cbc + "CompanyID");
            }
        }

        return null;
    }

    private PostalAddress? Address(XElement? a) => a is null ? null : new PostalAddress
    {
        Line1 = ctx.Text(a, Cbc + "StreetName"),
        Line2 = ctx.Text(a, Cbc + "AdditionalStreetName"),
        Line3 = ctx.Text(a, Cac + "AddressLine", Cbc + "Line"),
        City = ctx.Text(a, Cbc + "CityName"),
        PostCode = ctx.Text(a, Cbc + "PostalZone"),
        CountrySubdivision = ctx.Text(a, Cbc + "CountrySubentity"),
        CountryCode = ctx.Text(a, Cac + "Country", Cbc + "IdentificationCode"),
    };
}
