using System.Xml.Linq;
using InvoiceFunctions.Core.Model;
using static InvoiceFunctions.Core.Formats.Cii.CiiNames;
using static InvoiceFunctions.Core.Formats.Xml.XmlBuild;

namespace InvoiceFunctions.Core.Formats.Cii;

/// <summary>The CII writer's building blocks for one profile: header agreement (parties, references) and delivery.</summary>
internal sealed partial class CiiParts(CiiProfile profile)
{
    private bool Full => profile >= CiiProfile.En16931;

    private bool AboveMinimum => profile > CiiProfile.Minimum;

    public XElement Agreement(Invoice i) => new(
        Ram + "ApplicableHeaderTradeAgreement",
        Leaf(Ram + "BuyerReference", i.BuyerReference),
        Party(Ram + "SellerTradeParty", i.Seller, seller: true),
        Party(Ram + "BuyerTradeParty", i.Buyer, seller: false),
        AboveMinimum ? TaxRepresentative(i.TaxRepresentative) : null,
        Full ? Reference("SellerOrderReferencedDocument", i.SalesOrderReference) : null,
        Reference("BuyerOrderReferencedDocument", i.PurchaseOrderReference),
        AboveMinimum ? Reference("ContractReferencedDocument", i.ContractReference) : null,
        Full ? i.Attachments.Select(Attachment) : null,
        Full ? TypedReference(i.TenderReference is null ? null : new Identifier(i.TenderReference), "50") : null,
        Full ? TypedReference(i.InvoicedObjectId, "130") : null,
        Full && i.ProjectReference is not null ? new XElement(Ram + "SpecifiedProcuringProject", new XElement(Ram + "ID", i.ProjectReference), new XElement(Ram + "Name", "Project reference")) : null);

    public XElement Delivery(Invoice i) => new(
        Ram + "ApplicableHeaderTradeDelivery",
        AboveMinimum && i.Delivery is { } d ? Opt(
            Ram + "ShipToTradeParty",
            d.LocationId is { SchemeId: null } id ? Leaf(Ram + "ID", id.Value) : null,
            d.LocationId is { SchemeId: not null } gid ? Leaf(Ram + "GlobalID", gid.Value, Attr("schemeID", gid.SchemeId)) : null,
            Leaf(Ram + "Name", d.PartyName),
            Address(d.Address)) : null,
        AboveMinimum && i.Delivery?.ActualDeliveryDate is { } date
            ? new XElement(Ram + "ActualDeliverySupplyChainEvent", new XElement(Ram + "OccurrenceDateTime", CiiWriter.DateTime102(date)))
            : null,
        AboveMinimum ? Reference("DespatchAdviceReferencedDocument", i.DespatchAdviceReference) : null,
        Full ? Reference("ReceivingAdviceReferencedDocument", i.ReceivingAdviceReference) : null);

    private XElement Party(XName name, TradeParty p, bool seller) => new(
        name,
        AboveMinimum ? p.Identifiers.Where(x => x.SchemeId is null).Select(x => new XElement(Ram + "ID", x.Value)) : null,
        AboveMinimum ? p.Identifiers.Where(x => x.SchemeId is not null).Select(x => new XElement(Ram + "GlobalID", new XAttribute("schemeID", x.SchemeId!), x.Value)) : null,
        new XElement(Ram + "Name", p.Name),
        Full && seller ? Leaf(Ram + "Description", p.AdditionalLegalInfo) : null,
        Opt(
            Ram + "SpecifiedLegalOrganization",
            p.LegalRegistrationId is { } legal ? Leaf(Ram + "ID", legal.Value, Attr("schemeID", legal.SchemeId)) : null,
            AboveMinimum ? Leaf(Ram + "TradingBusinessName", p.TradingName) : null),
        Full ? Contact(p.Contact) : null,
        profile == CiiProfile.Minimum ? (seller ? Opt(Ram + "PostalTradeAddress", Leaf(Ram + "CountryID", p.Address?.CountryCode)) : null) : Address(p.Address),
        AboveMinimum && p.ElectronicAddress is { } uri ? new XElement(Ram + "URIUniversalCommunication", Leaf(Ram + "URIID", uri.Value, Attr("schemeID", uri.SchemeId))) : null,
        profile == CiiProfile.Minimum && !seller ? null : TaxRegistration(p.VatId, "VA"),
        profile == CiiProfile.Minimum || !seller ? null : TaxRegistration(p.TaxRegistrationId, "FC"));

    private XElement? TaxRepresentative(TradeParty? p) => p is null ? null : new XElement(
        Ram + "SellerTaxRepresentativeTradeParty",
        new XElement(Ram + "Name", p.Name),
        Address(p.Address),
        TaxRegistration(p.VatId, "VA"));

    private static XElement? TaxRegistration(string? id, string scheme) =>
        id is null ? null : new XElement(Ram + "SpecifiedTaxRegistration", new XElement(Ram + "ID", new XAttribute("schemeID", scheme), id));

    private static XElement? Contact(Contact? c) => c is null ? null : Opt(
        Ram + "DefinedTradeContact",
        Leaf(Ram + "PersonName", c.Name),
        c.Phone is null ? null : new XElement(Ram + "TelephoneUniversalCommunication", new XElement(Ram + "CompleteNumber", c.Phone)),
        c.Email is null ? null : new XElement(Ram + "EmailURIUniversalCommunication", new XElement(Ram + "URIID", c.Email)));

    internal static XElement? Address(PostalAddress? a) => a is null ? null : new XElement(
        Ram + "PostalTradeAddress",
        Leaf(Ram + "PostcodeCode", a.PostCode),
        Leaf(Ram + "LineOne", a.Line1),
        Leaf(Ram + "LineTwo", a.Line2),
        Leaf(Ram + "LineThree", a.Line3),
        Leaf(Ram + "CityName", a.City),
        new XElement(Ram + "CountryID", a.CountryCode ?? string.Empty),
        Leaf(Ram + "CountrySubDivisionName", a.CountrySubdivision));

    private static XElement? Reference(string element, string? id) =>
        id is null ? null : new XElement(Ram + element, new XElement(Ram + "IssuerAssignedID", id));

    private static XElement? TypedReference(Identifier? id, string typeCode) => id is null ? null : new XElement(
        Ram + "AdditionalReferencedDocument",
        new XElement(Ram + "IssuerAssignedID", id.Value),
        new XElement(Ram + "TypeCode", typeCode),
        Leaf(Ram + "ReferenceTypeCode", id.SchemeId));

    private static XElement Attachment(Attachment a) => new(
        Ram + "AdditionalReferencedDocument",
        new XElement(Ram + "IssuerAssignedID", a.Id),
        Leaf(Ram + "URIID", a.ExternalUri),
        new XElement(Ram + "TypeCode", "916"),
        Leaf(Ram + "Name", a.Description),
        a.ContentBase64 is null ? null : new XElement(Ram + "AttachmentBinaryObject", Attr("mimeCode", a.MimeCode), Attr("filename", a.FileName), a.ContentBase64));
}
