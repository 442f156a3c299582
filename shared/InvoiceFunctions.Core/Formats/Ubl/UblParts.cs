using System.Xml.Linq;
using InvoiceFunctions.Core.Model;
using static InvoiceFunctions.Core.Formats.Ubl.UblNames;
using static InvoiceFunctions.Core.Formats.Xml.XmlBuild;
using static InvoiceFunctions.Core.Formats.Xml.XmlValues;
using XmlValues = InvoiceFunctions.Core.Formats.Xml.XmlValues;

namespace InvoiceFunctions.Core.Formats.Ubl;

/// <summary>The UBL writer's building blocks: references, parties, delivery.</summary>
internal sealed partial class UblParts(Invoice invoice, bool credit)
{
    private XAttribute Currency => new("currencyID", invoice.CurrencyCode);

    public XElement? Period(Period? p, string? descriptionCode = null) =>
        p is null && descriptionCode is null ? null : Opt(
            Cac + "InvoicePeriod",
            Leaf(Cbc + "StartDate", UblWriter.Date(p?.Start)),
            Leaf(Cbc + "EndDate", UblWriter.Date(p?.End)),
            Leaf(Cbc + "DescriptionCode", descriptionCode));

    public IEnumerable<XElement?> DocumentReferences()
    {
        yield return Reference("DespatchDocumentReference", invoice.DespatchAdviceReference);
        yield return Reference("ReceiptDocumentReference", invoice.ReceivingAdviceReference);
        if (!credit)
        {
            yield return Reference("OriginatorDocumentReference", invoice.TenderReference);
        }

        yield return Reference("ContractDocumentReference", invoice.ContractReference);
        foreach (var a in invoice.Attachments)
        {
            yield return new XElement(
                Cac + "AdditionalDocumentReference",
                new XElement(Cbc + "ID", a.Id),
                Leaf(Cbc + "DocumentDescription", a.Description),
                Opt(
                    Cac + "Attachment",
                    a.ContentBase64 is null ? null : new XElement(Cbc + "EmbeddedDocumentBinaryObject", Attr("mimeCode", a.MimeCode ?? "application/octet-stream"), Attr("filename", a.FileName ?? a.Id), a.ContentBase64),
                    a.ExternalUri is null ? null : new XElement(Cac + "ExternalReference", new XElement(Cbc + "URI", a.ExternalUri))));
        }

        if (invoice.InvoicedObjectId is { } obj)
        {
            yield return new XElement(Cac + "AdditionalDocumentReference", new XElement(Cbc + "ID", Attr("schemeID", obj.SchemeId), obj.Value), new XElement(Cbc + "DocumentTypeCode", "130"));
        }

        if (credit)
        {
            yield return invoice.ProjectReference is null ? null : new XElement(Cac + "AdditionalDocumentReference", new XElement(Cbc + "ID", invoice.ProjectReference), new XElement(Cbc + "DocumentTypeCode", "50"));
            yield return Reference("OriginatorDocumentReference", invoice.TenderReference);
        }
        else
        {
            yield return Reference("ProjectReference", invoice.ProjectReference);
        }
    }

    public XElement Party(TradeParty p, bool seller) => new(
        Cac + "Party",
        p.ElectronicAddress is { } uri ? new XElement(Cbc + "EndpointID", Attr("schemeID", uri.SchemeId), uri.Value) : null,
        p.Identifiers.Select(PartyIdentification),
        seller && invoice.Payee is null && invoice.PaymentInstructions?.DirectDebit?.CreditorId is { } sepa ? PartyIdentification(new Identifier(sepa, "SEPA")) : null,
        p.TradingName is null ? null : new XElement(Cac + "PartyName", new XElement(Cbc + "Name", p.TradingName)),
        Address(Cac + "PostalAddress", p.Address),
        TaxScheme(p.VatId, "VAT"),
        seller ? TaxScheme(p.TaxRegistrationId, "FC") : null,
        new XElement(
            Cac + "PartyLegalEntity",
            new XElement(Cbc + "RegistrationName", p.Name),
            p.LegalRegistrationId is { } legal ? new XElement(Cbc + "CompanyID", Attr("schemeID", legal.SchemeId), legal.Value) : null,
            seller ? Leaf(Cbc + "CompanyLegalForm", p.AdditionalLegalInfo) : null),
        p.Contact is { } c ? Opt(Cac + "Contact", Leaf(Cbc + "Name", c.Name), Leaf(Cbc + "Telephone", c.Phone), Leaf(Cbc + "ElectronicMail", c.Email)) : null);

    public XElement? Payee(TradeParty? p) => p is null ? null : new XElement(
        Cac + "PayeeParty",
        p.Identifiers.Select(PartyIdentification),
        invoice.PaymentInstructions?.DirectDebit?.CreditorId is { } sepa ? PartyIdentification(new Identifier(sepa, "SEPA")) : null,
        new XElement(Cac + "PartyName", new XElement(Cbc + "Name", p.Name)),
        p.LegalRegistrationId is { } legal ? new XElement(Cac + "PartyLegalEntity", new XElement(Cbc + "CompanyID", Attr("schemeID", legal.SchemeId), legal.Value)) : null);

    public XElement? TaxRepresentative(TradeParty? p) => p is null ? null : new XElement(
        Cac + "TaxRepresentativeParty",
        new XElement(Cac + "PartyName", new XElement(Cbc + "Name", p.Name)),
        Address(Cac + "PostalAddress", p.Address),
        TaxScheme(p.VatId, "VAT"));

    public XElement? Delivery(DeliveryInformation? d) => d is null ? null : new XElement(
        Cac + "Delivery",
        Leaf(Cbc + "ActualDeliveryDate", UblWriter.Date(d.ActualDeliveryDate)),
        d.LocationId is null && d.Address is null ? null : new XElement(
            Cac + "DeliveryLocation",
            d.LocationId is { } id ? new XElement(Cbc + "ID", Attr("schemeID", id.SchemeId), id.Value) : null,
            Address(Cac + "Address", d.Address)),
        d.PartyName is null ? null : new XElement(Cac + "DeliveryParty", new XElement(Cac + "PartyName", new XElement(Cbc + "Name", d.PartyName))));

    private static XElement PartyIdentification(Identifier id) =>
        new(Cac + "PartyIdentification", new XElement(Cbc + "ID", Attr("schemeID", id.SchemeId), id.Value));

    private static XElement? TaxScheme(string? id, string scheme) => id is null ? null : new XElement(
        Cac + "PartyTaxScheme",
        new XElement(Cbc + "CompanyID", id),
        new XElement(Cac + "TaxScheme", new XElement(Cbc + "ID", scheme)));

    private static XElement? Address(XName name, PostalAddress? a) => a is null ? null : new XElement(
        name,
        Leaf(Cbc + "StreetName", a.Line1),
        Leaf(Cbc + "AdditionalStreetName", a.Line2),
        Leaf(Cbc + "CityName", a.City),
        Leaf(Cbc + "PostalZone", a.PostCode),
        Leaf(Cbc + "CountrySubentity", a.CountrySubdivision),
        a.Line3 is null ? null : new XElement(Cac + "AddressLine", new XElement(Cbc + "Line", a.Line3)),
        new XElement(Cac + "Country", new XElement(Cbc + "IdentificationCode", a.CountryCode ?? string.Empty)));

    private static XElement? Reference(string element, string? id) =>
        id is null ? null : new XElement(Cac + element, new XElement(Cbc + "ID", id));

    private XElement Amount(string name, decimal value) => new(Cbc + name, Currency, XmlValues.Amount(value));

    private XElement? Amount(string name, decimal? value) => value is { } v ? Amount(name, v) : null;
}
