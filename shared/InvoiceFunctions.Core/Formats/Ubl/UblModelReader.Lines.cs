using System.Xml.Linq;
using InvoiceFunctions.Core.Model;
using static InvoiceFunctions.Core.Formats.Ubl.UblNames;

namespace InvoiceFunctions.Core.Formats.Ubl;

/// <summary>Maps UBL invoice and credit note lines (BG-25).</summary>
internal sealed partial class UblModelReader
{
    private InvoiceLine Line(XElement l, int index)
    {
        var path = $"Lines[{index}]";
        var quantity = ctx.Child(l, Cbc + (credit ? "CreditedQuantity" : "InvoicedQuantity"));
        var item = ctx.Child(l, Cac + "Item");
        var tax = ctx.Child(item, Cac + "ClassifiedTaxCategory");
        ctx.Path(tax, Cac + "TaxScheme", Cbc + "ID");
        var docRef = l.Elements(Cac + "DocumentReference").FirstOrDefault(d => d.Element(Cbc + "DocumentTypeCode")?.Value.Trim() == "130");
        ctx.Mark(docRef);
        ctx.Child(docRef, Cbc + "DocumentTypeCode");
        return new InvoiceLine
        {
            Id = ctx.Required(ctx.Text(l, Cbc + "ID"), "BR-21", "Invoice line identifier (BT-126)", path + ".Id"),
            Note = ctx.Text(l, Cbc + "Note"),
            Quantity = ctx.Required(ctx.ParseDecimal(quantity), "BR-22", "Invoiced quantity (BT-129)", path + ".Quantity"),
            UnitCode = (string?)quantity?.Attribute("unitCode") ?? string.Empty,
            NetAmount = ctx.Required(ctx.Decimal(l, Cbc + "LineExtensionAmount"), "BR-24", "Invoice line net amount (BT-131)", path + ".NetAmount"),
            BuyerAccountingReference = ctx.Text(l, Cbc + "AccountingCost"),
            Period = Period(ctx.Child(l, Cac + "InvoicePeriod")),
            OrderLineReference = ctx.Text(l, Cac + "OrderLineReference", Cbc + "LineID"),
            ObjectId = Id(ctx.Child(docRef, Cbc + "ID")),
            AllowanceCharges = [.. ctx.Children(l, Cac + "AllowanceCharge").Select((ac, n) => AllowanceCharge(ac, $"{path}.AllowanceCharges[{n}]"))],
            Item = Item(item, path),
            VatCategory = ctx.Category(ctx.Text(tax, Cbc + "ID"), "BR-CO-04", path + ".VatCategory"),
            VatRate = ctx.Decimal(tax, Cbc + "Percent"),
            Price = Price(ctx.Child(l, Cac + "Price"), path),
        };
    }

    private Item Item(XElement? i, string path) => new()
    {
        Description = ctx.Text(i, Cbc + "Description"),
        Name = ctx.Required(ctx.Text(i, Cbc + "Name"), "BR-25", "Item name (BT-153)", path + ".Item.Name"),
        BuyerId = ctx.Text(i, Cac + "BuyersItemIdentification", Cbc + "ID"),
        SellerId = ctx.Text(i, Cac + "SellersItemIdentification", Cbc + "ID"),
        StandardId = Id(ctx.Path(i, Cac + "StandardItemIdentification", Cbc + "ID")),
        OriginCountry = ctx.Text(i, Cac + "OriginCountry", Cbc + "IdentificationCode"),
        Classifications = [.. ctx.Children(i, Cac + "CommodityClassification").Select(c => ctx.Child(c, Cbc + "ItemClassificationCode")).OfType<XElement>()
            .Select(c => new Identifier(c.Value.Trim(), (string?)c.Attribute("listID")))],
        Attributes = [.. ctx.Children(i, Cac + "AdditionalItemProperty").Select(p => new ItemAttribute(ctx.Text(p, Cbc + "Name") ?? string.Empty, ctx.Text(p, Cbc + "Value") ?? string.Empty))],
    };

    private Price Price(XElement? p, string path)
    {
        var baseQuantity = ctx.Child(p, Cbc + "BaseQuantity");
        var discount = ctx.Child(p, Cac + "AllowanceCharge");
        ctx.Child(discount, Cbc + "ChargeIndicator");
        return new Price
        {
            NetPrice = ctx.Required(ctx.Decimal(p, Cbc + "PriceAmount"), "BR-26", "Item net price (BT-146)", path + ".Price.NetPrice"),
            BaseQuantity = ctx.ParseDecimal(baseQuantity),
            BaseQuantityUnitCode = (string?)baseQuantity?.Attribute("unitCode"),
            Discount = ctx.Decimal(discount, Cbc + "Amount"),
            GrossPrice = ctx.Decimal(discount, Cbc + "BaseAmount"),
        };
    }
}
