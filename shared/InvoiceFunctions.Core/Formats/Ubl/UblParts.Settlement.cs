using System.Xml.Linq;
using InvoiceFunctions.Core.Model;
using static InvoiceFunctions.Core.Formats.Ubl.UblNames;
using static InvoiceFunctions.Core.Formats.Xml.XmlBuild;
using static InvoiceFunctions.Core.Formats.Xml.XmlValues;
using XmlValues = InvoiceFunctions.Core.Formats.Xml.XmlValues;

namespace InvoiceFunctions.Core.Formats.Ubl;

/// <summary>The UBL writer's payment, allowance/charge, tax total, monetary total and line blocks.</summary>
internal sealed partial class UblParts
{
    public IEnumerable<XElement> PaymentMeans(PaymentInstructions? p)
    {
        if (p is null || (int)p.MeansCode == 0)
        {
            yield break;
        }

        IReadOnlyList<CreditTransfer?> transfers = p.CreditTransfers.Count > 0 ? [.. p.CreditTransfers] : [null];
        var first = true;
        foreach (var t in transfers)
        {
            yield return new XElement(
                Cac + "PaymentMeans",
                new XElement(Cbc + "PaymentMeansCode", first ? Attr("name", p.MeansText) : null, Code((int)p.MeansCode)),
                credit ? Leaf(Cbc + "PaymentDueDate", UblWriter.Date(invoice.DueDate)) : null,
                Leaf(Cbc + "PaymentID", p.RemittanceInformation),
                p.Card is { } card ? new XElement(Cac + "CardAccount", new XElement(Cbc + "PrimaryAccountNumberID", card.PrimaryAccountNumber), new XElement(Cbc + "NetworkID", "NA"), Leaf(Cbc + "HolderName", card.HolderName)) : null,
                t is null ? null : new XElement(
                    Cac + "PayeeFinancialAccount",
                    new XElement(Cbc + "ID", t.AccountId),
                    Leaf(Cbc + "Name", t.AccountName),
                    t.ServiceProviderId is { } bic ? new XElement(Cac + "FinancialInstitutionBranch", new XElement(Cbc + "ID", bic)) : null),
                first && p.DirectDebit is { } dd && (dd.MandateReference is not null || dd.DebitedAccountId is not null) ? new XElement(
                    Cac + "PaymentMandate",
                    Leaf(Cbc + "ID", dd.MandateReference),
                    dd.DebitedAccountId is { } debited ? new XElement(Cac + "PayerFinancialAccount", new XElement(Cbc + "ID", debited)) : null) : null);
            first = false;
        }
    }

    public XElement AllowanceCharge(AllowanceCharge ac, bool withTax) => new(
        Cac + "AllowanceCharge",
        new XElement(Cbc + "ChargeIndicator", ac.IsCharge ? "true" : "false"),
        Leaf(Cbc + "AllowanceChargeReasonCode", ac.ReasonCode),
        Leaf(Cbc + "AllowanceChargeReason", ac.Reason),
        Leaf(Cbc + "MultiplierFactorNumeric", XmlValues.Amount(ac.Percentage)),
        Amount("Amount", ac.Amount),
        Amount("BaseAmount", ac.BaseAmount),
        withTax && ac.VatCategory is { } cat ? TaxCategory("TaxCategory", cat, ac.VatRate) : null);

    public IEnumerable<XElement> TaxTotals()
    {
        var t = invoice.Totals;
        yield return new XElement(
            Cac + "TaxTotal",
            Amount("TaxAmount", t.TaxTotal ?? 0m),
            invoice.VatBreakdowns.Select(b => new XElement(
                Cac + "TaxSubtotal",
                Amount("TaxableAmount", b.TaxableAmount),
                Amount("TaxAmount", b.TaxAmount),
                TaxCategory("TaxCategory", b.Category, b.Rate, b.ExemptionReasonCode, b.ExemptionReason))));
        if (t.TaxTotalInAccountingCurrency is { } acc && invoice.TaxCurrencyCode is { } cur)
        {
            yield return new XElement(Cac + "TaxTotal", new XElement(Cbc + "TaxAmount", new XAttribute("currencyID", cur), XmlValues.Amount(acc)));
        }
    }

    public XElement MonetaryTotal()
    {
        var t = invoice.Totals;
        return new XElement(
            Cac + "LegalMonetaryTotal",
            Amount("LineExtensionAmount", t.LineNetTotal),
            Amount("TaxExclusiveAmount", t.TaxExclusiveAmount),
            Amount("TaxInclusiveAmount", t.TaxInclusiveAmount),
            Amount("AllowanceTotalAmount", t.AllowanceTotal),
            Amount("ChargeTotalAmount", t.ChargeTotal),
            Amount("PrepaidAmount", t.PrepaidAmount),
            Amount("PayableRoundingAmount", t.RoundingAmount),
            Amount("PayableAmount", t.AmountDue));
    }

    public XElement Line(InvoiceLine l) => new(
        Cac + (credit ? "CreditNoteLine" : "InvoiceLine"),
        new XElement(Cbc + "ID", l.Id),
        Leaf(Cbc + "Note", l.Note),
        new XElement(Cbc + (credit ? "CreditedQuantity" : "InvoicedQuantity"), new XAttribute("unitCode", l.UnitCode), XmlValues.Amount(l.Quantity)),
        Amount("LineExtensionAmount", l.NetAmount),
        Leaf(Cbc + "AccountingCost", l.BuyerAccountingReference),
        Period(l.Period),
        l.OrderLineReference is null ? null : new XElement(Cac + "OrderLineReference", new XElement(Cbc + "LineID", l.OrderLineReference)),
        l.ObjectId is { } obj ? new XElement(Cac + "DocumentReference", new XElement(Cbc + "ID", Attr("schemeID", obj.SchemeId), obj.Value), new XElement(Cbc + "DocumentTypeCode", "130")) : null,
        l.AllowanceCharges.Select(ac => AllowanceCharge(ac, withTax: false)),
        new XElement(
            Cac + "Item",
            Leaf(Cbc + "Description", l.Item.Description),
            new XElement(Cbc + "Name", l.Item.Name),
            l.Item.BuyerId is null ? null : new XElement(Cac + "BuyersItemIdentification", new XElement(Cbc + "ID", l.Item.BuyerId)),
            l.Item.SellerId is null ? null : new XElement(Cac + "SellersItemIdentification", new XElement(Cbc + "ID", l.Item.SellerId)),
            l.Item.StandardId is { } std ? new XElement(Cac + "StandardItemIdentification", new XElement(Cbc + "ID", Attr("schemeID", std.SchemeId), std.Value)) : null,
            l.Item.OriginCountry is { } origin ? new XElement(Cac + "OriginCountry", new XElement(Cbc + "IdentificationCode", origin)) : null,
            l.Item.Classifications.Select(c => new XElement(Cac + "CommodityClassification", new XElement(Cbc + "ItemClassificationCode", Attr("listID", c.SchemeId), c.Value))),
            TaxCategory("ClassifiedTaxCategory", l.VatCategory, l.VatRate),
            l.Item.Attributes.Select(a => new XElement(Cac + "AdditionalItemProperty", new XElement(Cbc + "Name", a.Name), new XElement(Cbc + "Value", a.Value)))),
        new XElement(
            Cac + "Price",
            Amount("PriceAmount", l.Price.NetPrice),
            l.Price.BaseQuantity is { } q ? new XElement(Cbc + "BaseQuantity", Attr("unitCode", l.Price.BaseQuantityUnitCode), XmlValues.Amount(q)) : null,
            l.Price.GrossPrice is null && l.Price.Discount is null ? null : new XElement(
                Cac + "AllowanceCharge",
                new XElement(Cbc + "ChargeIndicator", "false"),
                Amount("Amount", l.Price.Discount ?? 0m),
                Amount("BaseAmount", l.Price.GrossPrice))));

    private static XElement TaxCategory(string name, VatCategory category, decimal? rate, string? reasonCode = null, string? reason = null) => new(
        Cac + name,
        new XElement(Cbc + "ID", category.ToCode()),
        Leaf(Cbc + "Percent", XmlValues.Amount(rate)),
        Leaf(Cbc + "TaxExemptionReasonCode", reasonCode),
        Leaf(Cbc + "TaxExemptionReason", reason),
        new XElement(Cac + "TaxScheme", new XElement(Cbc + "ID", "VAT")));
}
