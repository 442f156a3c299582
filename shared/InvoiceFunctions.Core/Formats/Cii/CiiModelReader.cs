using System.Globalization;
using System.Xml.Linq;
using InvoiceFunctions.Core.Formats.Xml;
using InvoiceFunctions.Core.Model;
using static InvoiceFunctions.Core.Formats.Cii.CiiNames;
using static InvoiceFunctions.Core.Formats.Xml.XmlValues;

namespace InvoiceFunctions.Core.Formats.Cii;

/// <summary>Maps a CII document onto the model: document header, agreement and delivery.</summary>
internal sealed partial class CiiModelReader(ReadContext ctx)
{
    public Invoice Invoice(XElement root)
    {
        var context = ctx.Child(root, Rsm + "ExchangedDocumentContext");
        var doc = ctx.Child(root, Rsm + "ExchangedDocument");
        var tx = ctx.Child(root, Rsm + "SupplyChainTradeTransaction");
        var agreement = ctx.Child(tx, Ram + "ApplicableHeaderTradeAgreement");
        var delivery = ctx.Child(tx, Ram + "ApplicableHeaderTradeDelivery");
        var settlement = ctx.Child(tx, Ram + "ApplicableHeaderTradeSettlement");
        var typeText = ctx.Text(doc, Ram + "TypeCode");
        var specId = ctx.Text(context, Ram + "GuidelineSpecifiedDocumentContextParameter", Ram + "ID");
        ctx.Required(specId, "BR-01", "Specification identifier (BT-24)", "SpecificationId");
        var references = agreement?.Elements(Ram + "AdditionalReferencedDocument").ToList() ?? [];
        var header = new Invoice
        {
            BusinessProcessType = ctx.Text(context, Ram + "BusinessProcessSpecifiedDocumentContextParameter", Ram + "ID"),
            SpecificationId = specId,
            CurrencyCode = string.Empty,
            Number = ctx.Required(ctx.Text(doc, Ram + "ID"), "BR-02", "Invoice number (BT-1)", "Number"),
            TypeCode = TypeCode(typeText),
            IssueDate = IssueDate(ctx.Path(doc, Ram + "IssueDateTime")),
            Notes = [.. ctx.Children(doc, Ram + "IncludedNote").Select(n => new Note(ctx.Text(n, Ram + "Content") ?? string.Empty, ctx.Text(n, Ram + "SubjectCode")))],
            BuyerReference = ctx.Text(agreement, Ram + "BuyerReference"),
            Seller = Party(ctx.Child(agreement, Ram + "SellerTradeParty"), "BR-06", "Seller name (BT-27)", "Seller"),
            Buyer = Party(ctx.Child(agreement, Ram + "BuyerTradeParty"), "BR-07", "Buyer name (BT-44)", "Buyer"),
            TaxRepresentative = OptionalParty(ctx.Child(agreement, Ram + "SellerTaxRepresentativeTradeParty")),
            SalesOrderReference = ctx.Text(agreement, Ram + "SellerOrderReferencedDocument", Ram + "IssuerAssignedID"),
            PurchaseOrderReference = ctx.Text(agreement, Ram + "BuyerOrderReferencedDocument", Ram + "IssuerAssignedID"),
            ContractReference = ctx.Text(agreement, Ram + "ContractReferencedDocument", Ram + "IssuerAssignedID"),
            Attachments = [.. references.Where(r => r.Element(Ram + "TypeCode")?.Value.Trim() == "916").Select(Attachment)],
            TenderReference = TypedReference(references, "50")?.Value,
            InvoicedObjectId = TypedReference(references, "130"),
            ProjectReference = ProjectReference(agreement),
            Delivery = Delivery(delivery),
            DespatchAdviceReference = ctx.Text(delivery, Ram + "DespatchAdviceReferencedDocument", Ram + "IssuerAssignedID"),
            ReceivingAdviceReference = ctx.Text(delivery, Ram + "ReceivingAdviceReferencedDocument", Ram + "IssuerAssignedID"),
            Lines = [.. ctx.Children(tx, Ram + "IncludedSupplyChainTradeLineItem").Select((l, n) => Line(l, n))],
        };
        return WithSettlement(header, settlement);
    }

    private InvoiceTypeCode TypeCode(string? text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var type))
        {
            return (InvoiceTypeCode)type;
        }

        ctx.Required(text, "BR-04", "Invoice type code (BT-3)", "TypeCode");
        return 0;
    }

    internal DateOnly? Date(XElement? dateTimeParent)
    {
        var value = ctx.Child(dateTimeParent, Udt + "DateTimeString") ?? ctx.Child(dateTimeParent, Udt + "DateString") ?? ctx.Child(dateTimeParent, Qdt + "DateTimeString");
        return ParseDate102(value?.Value.Trim());
    }

    private DateOnly IssueDate(XElement? issue)
    {
        if (Date(issue) is { } date)
        {
            return date;
        }

        var text = issue?.Value.Trim();
        if (string.IsNullOrEmpty(text))
        {
            ctx.Required((string?)null, "BR-03", "Invoice issue date (BT-2)", "IssueDate");
            return DateOnly.MinValue;
        }

        return ctx.BadDate(text, "IssueDate");
    }

    internal Identifier? Id(XElement? element)
    {
        ctx.Mark(element);
        var scheme = (string?)element?.Attribute("schemeID");
        return element is null || (string.IsNullOrWhiteSpace(element.Value) && scheme is null) ? null : new Identifier(element.Value.Trim(), scheme);
    }

    private TradeParty Party(XElement? p, string rule, string term, string path) =>
        OptionalParty(p) ?? new TradeParty { Name = ctx.Required((string?)null, rule, term, path + ".Name") };

    internal TradeParty? OptionalParty(XElement? p)
    {
        if (p is null)
        {
            return null;
        }

        var legal = ctx.Child(p, Ram + "SpecifiedLegalOrganization");
        var registrations = ctx.Children(p, Ram + "SpecifiedTaxRegistration").Select(r => ctx.Child(r, Ram + "ID")).OfType<XElement>().ToList();
        var contact = ctx.Child(p, Ram + "DefinedTradeContact");
        return new TradeParty
        {
            Name = ctx.Text(p, Ram + "Name") ?? string.Empty,
            Identifiers = [.. ctx.Children(p, Ram + "ID").Concat(ctx.Children(p, Ram + "GlobalID")).Select(Id).OfType<Identifier>()],
            AdditionalLegalInfo = ctx.Text(p, Ram + "Description"),
            LegalRegistrationId = Id(ctx.Child(legal, Ram + "ID")),
            TradingName = ctx.Text(legal, Ram + "TradingBusinessName"),
            Contact = contact is null ? null : new Contact(
                ctx.Text(contact, Ram + "PersonName") ?? ctx.Text(contact, Ram + "DepartmentName"),
                ctx.Text(contact, Ram + "TelephoneUniversalCommunication", Ram + "CompleteNumber"),
                ctx.Text(contact, Ram + "EmailURIUniversalCommunication", Ram + "URIID")),
            Address = Address(ctx.Child(p, Ram + "PostalTradeAddress")),
            ElectronicAddress = Id(ctx.Path(p, Ram + "URIUniversalCommunication", Ram + "URIID")),
            VatId = registrations.FirstOrDefault(r => (string?)r.Attribute("schemeID") == "VA")?.Value.Trim(),
            TaxRegistrationId = registrations.FirstOrDefault(r => (string?)r.Attribute("schemeID") == "FC")?.Value.Trim(),
        };
    }

    internal PostalAddress? Address(XElement? a) => a is null ? null : new PostalAddress
    {
        PostCode = ctx.Text(a, Ram + "PostcodeCode"),
        Line1 = ctx.Text(a, Ram + "LineOne"),
        Line2 = ctx.Text(a, Ram + "LineTwo"),
        Line3 = ctx.Text(a, Ram + "LineThree"),
        City = ctx.Text(a, Ram + "CityName"),
        CountryCode = ctx.Text(a, Ram + "CountryID"),
        CountrySubdivision = ctx.Text(a, Ram + "CountrySubDivisionName"),
    };

    private Identifier? TypedReference(List<XElement> references, string typeCode)
    {
        var r = references.FirstOrDefault(x => x.Element(Ram + "TypeCode")?.Value.Trim() == typeCode);
        ctx.Mark(r);
        ctx.Child(r, Ram + "TypeCode");
        var id = ctx.Text(r, Ram + "IssuerAssignedID");
        return id is null ? null : new Identifier(id, ctx.Text(r, Ram + "ReferenceTypeCode"));
    }

    private string? ProjectReference(XElement? agreement)
    {
        var project = ctx.Child(agreement, Ram + "SpecifiedProcuringProject");
        ctx.Child(project, Ram + "Name");
        return ctx.Text(project, Ram + "ID");
    }

    private Attachment Attachment(XElement r)
    {
        ctx.Mark(r);
        ctx.Child(r, Ram + "TypeCode");
        var binary = ctx.Child(r, Ram + "AttachmentBinaryObject");
        return new Attachment
        {
            Id = ctx.Text(r, Ram + "IssuerAssignedID") ?? string.Empty,
            ExternalUri = ctx.Text(r, Ram + "URIID"),
            Description = ctx.Text(r, Ram + "Name"),
            ContentBase64 = binary?.Value.Trim(),
            MimeCode = (string?)binary?.Attribute("mimeCode"),
            FileName = (string?)binary?.Attribute("filename"),
        };
    }

    private DeliveryInformation? Delivery(XElement? d)
    {
        var party = ctx.Child(d, Ram + "ShipToTradeParty");
        var date = Date(ctx.Path(d, Ram + "ActualDeliverySupplyChainEvent", Ram + "OccurrenceDateTime"));
        if (party is null && date is null)
        {
            return null;
        }

        return new DeliveryInformation
        {
            PartyName = ctx.Text(party, Ram + "Name"),
            LocationId = Id(ctx.Child(party, Ram + "ID")) ?? Id(ctx.Child(party, Ram + "GlobalID")),
            Address = Address(ctx.Child(party, Ram + "PostalTradeAddress")),
            ActualDeliveryDate = date,
        };
    }
}
