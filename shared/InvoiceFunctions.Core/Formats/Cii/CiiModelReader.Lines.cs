using System.Xml.Linq;
using InvoiceFunctions.Core.Model;
using static InvoiceFunctions.Core.Formats.Cii.CiiNames;

namespace InvoiceFunctions.Core.Formats.Cii;

/// <summary>Maps CII line items (BG-25).</summary>
internal sealed partial class CiiModelReader
{
    private InvoiceLine Line(XElement l, int index)
    {
        var path = $"Lines[{index}]";
        var doc = ctx.Child(l, Ram + "AssociatedDocumentLineDocument");
        var product = ctx.Child(l, Ram + "SpecifiedTradeProduct");
        var agreement = ctx.Child(l, Ram + "SpecifiedLineTradeAgreement");
        var delivery = ctx.Child(l, Ram + "SpecifiedLineTradeDelivery");
        var settlement = ctx.Child(l, Ram + "SpecifiedLineTradeSettlement");
        var tax = ctx.Child(settlement, Ram + "ApplicableTradeTax");
        ctx.Child(tax, Ram + "TypeCode");
        var quantity = ctx.Child(delivery, Ram + "BilledQuantity");
        var objectRef = ctx.Child(settlement, Ram + "AdditionalReferencedDocument");
        ctx.Child(objectRef, Ram + "TypeCode");
        return new InvoiceLine
        {
            Id = ctx.Required(ctx.Text(doc, Ram + "LineID"), "BR-21", "Invoice line identifier (BT-126)", path + ".Id"),
            Note = ctx.Text(doc, Ram + "IncludedNote", Ram + "Content"),
            Item = Item(product, path),
            OrderLineReference = ctx.Text(agreement, Ram + "BuyerOrderReferencedDocument", Ram + "LineID"),
            Price = Price(agreement, path),
            Quantity = ctx.Required(ctx.ParseDecimal(quantity), "BR-22", "Invoiced quantity (BT-129)", path + ".Quantity"),
            UnitCode = (string?)quantity?.Attribute("unitCode") ?? string.Empty,
            VatCategory = ctx.Category(ctx.Text(tax, Ram + "CategoryCode"), "BR-CO-04", path + ".VatCategory"),
            VatRate = ctx.Decimal(tax, Ram + "RateApplicablePercent"),
            Period = Period(ctx.Child(settlement, Ram + "BillingSpecifiedPeriod")),
            AllowanceCharges = [.. ctx.Children(settlement, Ram + "SpecifiedTradeAllowanceCharge").Select((ac, n) => AllowanceCharge(ac, $"{path}.AllowanceCharges[{n}]"))],
            NetAmount = ctx.Required(ctx.Decimal(settlement, Ram + "SpecifiedTradeSettlementLineMonetarySummation", Ram + "LineTotalAmount"), "BR-24", "Invoice line net amount (BT-131)", path + ".NetAmount"),
            ObjectId = objectRef is null ? null : new Identifier(ctx.Text(objectRef, Ram + "IssuerAssignedID") ?? string.Empty, ctx.Text(objectRef, Ram + "ReferenceTypeCode")),
            BuyerAccountingReference = ctx.Text(settlement, Ram + "ReceivableSpecifiedTradeAccountingAccount", Ram + "ID"),
        };
    }

    private Item Item(XElement? p, string path) => new()
    {
        StandardId = Id(ctx.Child(p, Ram + "GlobalID")),
        SellerId = ctx.Text(p, Ram + "SellerAssignedID"),
        BuyerId = ctx.Text(p, Ram + "BuyerAssignedID"),
        Name = ctx.Required(ctx.Text(p, Ram + "Name"), "BR-25", "Item name (BT-153)", path + ".Item.Name"),
        Description = ctx.Text(p, Ram + "Description"),
        Attributes = [.. ctx.Children(p, Ram + "ApplicableProductCharacteristic").Select(c => new ItemAttribute(ctx.Text(c, Ram + "Description") ?? string.Empty, ctx.Text(c, Ram + "Value") ?? string.Empty))],
        Classifications = [.. ctx.Children(p, Ram + "DesignatedProductClassification").Select(c => ctx.Child(c, Ram + "ClassCode")).OfType<XElement>().Select(c => new Identifier(c.Value.Trim(), (string?)c.Attribute("listID")))],
        OriginCountry = ctx.Text(p, Ram + "OriginTradeCountry", Ram + "ID"),
    };

    private Price Price(XElement? agreement, string path)
    {
        var gross = ctx.Child(agreement, Ram + "GrossPriceProductTradePrice");
        var net = ctx.Child(agreement, Ram + "NetPriceProductTradePrice");
        var basis = ctx.Child(net, Ram + "BasisQuantity");
        ctx.Child(gross, Ram + "BasisQuantity");
        var discount = ctx.Child(gross, Ram + "AppliedTradeAllowanceCharge");
        ctx.Child(discount, Ram + "ChargeIndicator");
        ctx.Child(ctx.Child(discount, Ram + "ChargeIndicator"), Udt + "Indicator");
        return new Price
        {
            NetPrice = ctx.Required(ctx.Decimal(net, Ram + "ChargeAmount"), "BR-26", "Item net price (BT-146)", path + ".Price.NetPrice"),
            GrossPrice = ctx.Decimal(gross, Ram + "ChargeAmount"),
            Discount = ctx.Decimal(discount, Ram + "ActualAmount"),
            BaseQuantity = ctx.ParseDecimal(basis),
            BaseQuantityUnitCode = (string?)basis?.Attribute("unitCode"),
        };
    }
}
