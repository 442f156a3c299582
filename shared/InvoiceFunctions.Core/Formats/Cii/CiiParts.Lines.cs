using System.Xml.Linq;
using InvoiceFunctions.Core.Model;
using static InvoiceFunctions.Core.Formats.Cii.CiiNames;
using static InvoiceFunctions.Core.Formats.Xml.XmlBuild;
using static InvoiceFunctions.Core.Formats.Xml.XmlValues;

namespace InvoiceFunctions.Core.Formats.Cii;

/// <summary>The CII writer's invoice line (BG-25) blocks.</summary>
internal sealed partial class CiiParts
{
    public XElement Line(InvoiceLine l) => new(
        Ram + "IncludedSupplyChainTradeLineItem",
        new XElement(
            Ram + "AssociatedDocumentLineDocument",
            new XElement(Ram + "LineID", l.Id),
            l.Note is null ? null : new XElement(Ram + "IncludedNote", new XElement(Ram + "Content", l.Note))),
        Product(l.Item),
        new XElement(
            Ram + "SpecifiedLineTradeAgreement",
            Full ? Opt(Ram + "BuyerOrderReferencedDocument", Leaf(Ram + "LineID", l.OrderLineReference)) : null,
            l.Price.GrossPrice is { } gross ? new XElement(
                Ram + "GrossPriceProductTradePrice",
                new XElement(Ram + "ChargeAmount", Amount(gross)),
                Quantity("BasisQuantity", l.Price.BaseQuantity, l.Price.BaseQuantityUnitCode),
                l.Price.Discount is { } discount ? new XElement(Ram + "AppliedTradeAllowanceCharge", Indicator(false), new XElement(Ram + "ActualAmount", Amount(discount))) : null) : null,
            new XElement(
                Ram + "NetPriceProductTradePrice",
                new XElement(Ram + "ChargeAmount", Amount(l.Price.NetPrice)),
                Quantity("BasisQuantity", l.Price.BaseQuantity, l.Price.BaseQuantityUnitCode))),
        new XElement(Ram + "SpecifiedLineTradeDelivery", new XElement(Ram + "BilledQuantity", new XAttribute("unitCode", l.UnitCode), Amount(l.Quantity))),
        new XElement(
            Ram + "SpecifiedLineTradeSettlement",
            Tax(Ram + "ApplicableTradeTax", l.VatCategory, l.VatRate),
            Period(l.Period),
            l.AllowanceCharges.Select(ac => AllowanceCharge(ac, withTax: false)),
            new XElement(Ram + "SpecifiedTradeSettlementLineMonetarySummation", new XElement(Ram + "LineTotalAmount", Amount(l.NetAmount))),
            Full && l.ObjectId is { } obj ? new XElement(Ram + "AdditionalReferencedDocument", new XElement(Ram + "IssuerAssignedID", obj.Value), new XElement(Ram + "TypeCode", "130"), Leaf(Ram + "ReferenceTypeCode", obj.SchemeId)) : null,
            Full ? Opt(Ram + "ReceivableSpecifiedTradeAccountingAccount", Leaf(Ram + "ID", l.BuyerAccountingReference)) : null));

    private XElement Product(Item item) => new(
        Ram + "SpecifiedTradeProduct",
        item.StandardId is { } std ? new XElement(Ram + "GlobalID", Attr("schemeID", std.SchemeId), std.Value) : null,
        Full ? Leaf(Ram + "SellerAssignedID", item.SellerId) : null,
        Full ? Leaf(Ram + "BuyerAssignedID", item.BuyerId) : null,
        new XElement(Ram + "Name", item.Name),
        Full ? Leaf(Ram + "Description", item.Description) : null,
        Full ? item.Attributes.Select(a => new XElement(Ram + "ApplicableProductCharacteristic", new XElement(Ram + "Description", a.Name), new XElement(Ram + "Value", a.Value))) : null,
        Full ? item.Classifications.Select(c => new XElement(Ram + "DesignatedProductClassification", new XElement(Ram + "ClassCode", Attr("listID", c.SchemeId), c.Value))) : null,
        Full && item.OriginCountry is { } origin ? new XElement(Ram + "OriginTradeCountry", new XElement(Ram + "ID", origin)) : null);

    private static XElement? Quantity(string name, decimal? quantity, string? unit) =>
        quantity is { } q ? new XElement(Ram + name, Attr("unitCode", unit), Amount(q)) : null;

    internal static XElement Indicator(bool charge) =>
        new(Ram + "ChargeIndicator", new XElement(Udt + "Indicator", charge ? "true" : "false"));

    internal static XElement Tax(XName name, VatCategory category, decimal? rate) => new(
        name,
        new XElement(Ram + "TypeCode", "VAT"),
        new XElement(Ram + "CategoryCode", category.ToCode()),
        Leaf(Ram + "RateApplicablePercent", Amount(rate)));

    internal static XElement? Period(Period? p) => p is null ? null : Opt(
        Ram + "BillingSpecifiedPeriod",
        p.Start is { } s ? new XElement(Ram + "StartDateTime", CiiWriter.DateTime102(s)) : null,
        p.End is { } e ? new XElement(Ram + "EndDateTime", CiiWriter.DateTime102(e)) : null);

    internal static XElement AllowanceCharge(AllowanceCharge ac, bool withTax) => new(
        Ram + "SpecifiedTradeAllowanceCharge",
        Indicator(ac.IsCharge),
        Leaf(Ram + "CalculationPercent", Amount(ac.Percentage)),
        Leaf(Ram + "BasisAmount", Amount(ac.BaseAmount)),
        new XElement(Ram + "ActualAmount", Amount(ac.Amount)),
        Leaf(Ram + "ReasonCode", ac.ReasonCode),
        Leaf(Ram + "Reason", ac.Reason),
        withTax && ac.VatCategory is { } cat ? Tax(Ram + "CategoryTradeTax", cat, ac.VatRate) : null);
}
