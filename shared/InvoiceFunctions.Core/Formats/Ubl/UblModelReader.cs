using System.Globalization;
using System.Xml.Linq;
using InvoiceFunctions.Core.Formats.Xml;
using InvoiceFunctions.Core.Model;
using static InvoiceFunctions.Core.Formats.Ubl.UblNames;
using static InvoiceFunctions.Core.Formats.Xml.XmlValues;

namespace InvoiceFunctions.Core.Formats.Ubl;

/// <summary>Maps a UBL document onto the model: header, references and parties.</summary>
internal sealed partial class UblModelReader(ReadContext ctx, bool credit)
{
    public Invoice Invoice(XElement r)
    {
        ctx.Child(r, Cbc + "UBLVersionID");
        var specId = ctx.Required(ctx.Text(r, Cbc + "CustomizationID"), "BR-01", "Specification identifier (BT-24)", "SpecificationId");
        var order = ctx.Child(r, Cac + "OrderReference");
        var period = ctx.Child(r, Cac + "InvoicePeriod");
        var docs = ctx.Children(r, Cac + "AdditionalDocumentReference").ToList();
        var means = ctx.Children(r, Cac + "PaymentMeans").ToList();
        var seller = ctx.Path(r, Cac + "AccountingSupplierParty", Cac + "Party");
        var payeeElement = ctx.Child(r, Cac + "PayeeParty");
        var typeText = ctx.Text(r, Cbc + (credit ? "CreditNoteTypeCode" : "InvoiceTypeCode"));
        var purchaseOrder = ctx.Text(order, Cbc + "ID");
        var salesOrder = ctx.Text(order, Cbc + "SalesOrderID");
        var issueText = ctx.Text(r, Cbc + "IssueDate");
        if (ctx.Text(r, Cbc + "TaxPointDate") is not null && ctx.Text(period, Cbc + "DescriptionCode") is not null)
        {
            ctx.Fail("BR-CO-03", "Value added tax point date (BT-7) and Value added tax point date code (BT-8) are mutually exclusive.", "La date d'exigibilité de la TVA (BT-7) et son code (BT-8) s'excluent mutuellement.", "TaxPointDate");
        }

        if (ctx.Text(period, Cbc + "DescriptionCode") is { } vatPointCode && UblCodes.ParseVatPointDate(vatPointCode) is null)
        {
            ctx.Fail("BR-CL-06", "Value added tax point date code (BT-8) MUST be coded using a restriction of UNTDID 2005 (3, 35, 432).", "Le code de date d'exigibilité de la TVA (BT-8) doit être 3, 35 ou 432 (UNTDID 2005).", "VatPointDateCode");
        }

        var currency = ctx.Required(ctx.Text(r, Cbc + "DocumentCurrencyCode"), "BR-05", "Invoice currency code (BT-5)", "CurrencyCode");
        var header = new Invoice
        {
            SpecificationId = specId,
            BusinessProcessType = ctx.Text(r, Cbc + "ProfileID"),
            Number = ctx.Required(ctx.Text(r, Cbc + "ID"), "BR-02", "Invoice number (BT-1)", "Number"),
            IssueDate = issueText is null ? MissingDate() : ParseIsoDate(issueText) ?? ctx.BadDate(issueText, "IssueDate"),
            DueDate = ParseIsoDate(ctx.Text(r, Cbc + "DueDate")) ?? means.Select(m => ParseIsoDate(ctx.Text(m, Cbc + "PaymentDueDate"))).ToList().FirstOrDefault(d => d is not null),
            TypeCode = int.TryParse(typeText, NumberStyles.None, CultureInfo.InvariantCulture, out var type) ? (InvoiceTypeCode)type : MissingType(credit),
            Notes = [.. ctx.Children(r, Cbc + "Note").Select(n => UblCodes.ParseNote(n.Value.Trim()))],
            TaxPointDate = ParseIsoDate(ctx.Text(r, Cbc + "TaxPointDate")),
            CurrencyCode = currency,
            TaxCurrencyCode = ctx.Text(r, Cbc + "TaxCurrencyCode"),
            BuyerAccountingReference = ctx.Text(r, Cbc + "AccountingCost"),
            BuyerReference = ctx.Text(r, Cbc + "BuyerReference"),
            InvoicingPeriod = Period(period),
            VatPointDateCode = UblCodes.ParseVatPointDate(ctx.Text(period, Cbc + "DescriptionCode")),
            PurchaseOrderReference = purchaseOrder == "NA" && salesOrder is not null ? null : purchaseOrder,
            SalesOrderReference = salesOrder,
            PrecedingInvoices = [.. ctx.Children(r, Cac + "BillingReference").Select(b => ctx.Child(b, Cac + "InvoiceDocumentReference"))
                .Select(d => new PrecedingInvoiceReference(ctx.Text(d, Cbc + "ID") ?? string.Empty, ParseIsoDate(ctx.Text(d, Cbc + "IssueDate"))))],
            DespatchAdviceReference = ctx.Text(r, Cac + "DespatchDocumentReference", Cbc + "ID"),
            ReceivingAdviceReference = ctx.Text(r, Cac + "ReceiptDocumentReference", Cbc + "ID"),
            TenderReference = ctx.Text(r, Cac + "OriginatorDocumentReference", Cbc + "ID"),
            ContractReference = ctx.Text(r, Cac + "ContractDocumentReference", Cbc + "ID"),
            Attachments = [.. docs.Where(d => d.Element(Cbc + "DocumentTypeCode") is null).Select(Attachment)],
            InvoicedObjectId = docs.Where(d => TypeCodeOf(d) == "130").Select(d => Id(ctx.Child(d, Cbc + "ID"))).ToList().FirstOrDefault(),
            ProjectReference = ctx.Text(r, Cac + "ProjectReference", Cbc + "ID") ?? docs.Where(d => TypeCodeOf(d) == "50").Select(d => ctx.Text(d, Cbc + "ID")).ToList().FirstOrDefault(),
            Seller = Party(seller) ?? new TradeParty { Name = ctx.Required((string?)null, "BR-06", "Seller name (BT-27)", "Seller.Name") },
            Buyer = Party(ctx.Path(r, Cac + "AccountingCustomerParty", Cac + "Party")) ?? new TradeParty { Name = ctx.Required((string?)null, "BR-07", "Buyer name (BT-44)", "Buyer.Name") },
            Payee = Payee(payeeElement),
            TaxRepresentative = TaxRepresentative(ctx.Child(r, Cac + "TaxRepresentativeParty")),
            Delivery = Delivery(ctx.Child(r, Cac + "Delivery")),
            PaymentInstructions = Payment(means, SepaCreditorId(payeeElement ?? seller)),
            PaymentTerms = ctx.Text(r, Cac + "PaymentTerms", Cbc + "Note"),
        };
        return WithSettlement(header, r);
    }

    private DateOnly MissingDate()
    {
        ctx.Required((string?)null, "BR-03", "Invoice issue date (BT-2)", "IssueDate");
        return DateOnly.MinValue;
    }

    private InvoiceTypeCode MissingType(bool creditNote)
    {
        ctx.Required((string?)null, "BR-04", "Invoice type code (BT-3)", "TypeCode");
        return creditNote ? InvoiceTypeCode.CreditNote : 0;
    }

    private string? TypeCodeOf(XElement docRef) => ctx.Text(docRef, Cbc + "DocumentTypeCode");

    internal Identifier? Id(XElement? element)
    {
        ctx.Mark(element);
        var scheme = (string?)element?.Attribute("schemeID");
        return element is null || (string.IsNullOrWhiteSpace(element.Value) && scheme is null) ? null : new Identifier(element.Value.Trim(), scheme);
    }

    internal Period? Period(XElement? p)
    {
        var start = ParseIsoDate(ctx.Text(p, Cbc + "StartDate"));
        var end = ParseIsoDate(ctx.Text(p, Cbc + "EndDate"));
        var onlyVatPointCode = p?.Element(Cbc + "DescriptionCode") is not null;
        return p is null || (start is null && end is null && onlyVatPointCode) ? null : new Period(start, end);
    }

    private Attachment Attachment(XElement d)
    {
        var attachment = ctx.Child(d, Cac + "Attachment");
        var binary = ctx.Child(attachment, Cbc + "EmbeddedDocumentBinaryObject");
        return new Attachment
        {
            Id = ctx.Text(d, Cbc + "ID") ?? string.Empty,
            Description = ctx.Text(d, Cbc + "DocumentDescription"),
            ExternalUri = ctx.Text(attachment, Cac + "ExternalReference", Cbc + "URI"),
            ContentBase64 = binary?.Value.Trim(),
            MimeCode = (string?)binary?.Attribute("mimeCode"),
            FileName = (string?)binary?.Attribute("filename"),
        };
    }

    private DeliveryInformation? Delivery(XElement? d)
    {
        if (d is null)
        {
            return null;
        }

        var location = ctx.Child(d, Cac + "DeliveryLocation");
        return new DeliveryInformation
        {
            ActualDeliveryDate = ParseIsoDate(ctx.Text(d, Cbc + "ActualDeliveryDate")),
            LocationId = Id(ctx.Child(location, Cbc + "ID")),
            Address = Address(ctx.Child(location, Cac + "Address")),
            PartyName = ctx.Text(d, Cac + "DeliveryParty", Cac + "PartyName", Cbc + "Name"),
        };
    }
}
