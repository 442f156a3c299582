using System.Globalization;
using System.Xml.Linq;
using InvoiceFunctions.Core.Model;
using static InvoiceFunctions.Core.Formats.Ubl.UblNames;

namespace InvoiceFunctions.Core.Formats.Ubl;

/// <summary>Maps UBL payment means, allowances/charges, tax totals and monetary totals.</summary>
internal sealed partial class UblModelReader
{
    private Invoice WithSettlement(Invoice header, XElement r)
    {
        var taxTotals = ctx.Children(r, Cac + "TaxTotal").ToList();
        var inInvoiceCurrency = taxTotals.Where(t => (string?)t.Element(Cbc + "TaxAmount")?.Attribute("currencyID") is not { } c || c == header.CurrencyCode).ToList();
        var main = taxTotals.FirstOrDefault(t => t.Element(Cac + "TaxSubtotal") is not null) ?? inInvoiceCurrency.FirstOrDefault();
        var accounting = header.TaxCurrencyCode is { } tc && tc != header.CurrencyCode
            ? taxTotals.FirstOrDefault(t => t != main && (string?)t.Element(Cbc + "TaxAmount")?.Attribute("currencyID") == tc)
            : null;
        if (inInvoiceCurrency.Count(t => t.Element(Cbc + "TaxAmount") is not null) > 1)
        {
            ctx.Fail("BR-CO-15", "The document carries more than one Invoice total VAT amount (BT-110) in the invoice currency.", "Le document contient plus d'un montant total de TVA (BT-110) dans la devise de facturation.", "Totals.TaxTotal");
        }

        return header with
        {
            AllowanceCharges = [.. ctx.Children(r, Cac + "AllowanceCharge").Select((ac, n) => AllowanceCharge(ac, $"AllowanceCharges[{n}]"))],
            VatBreakdowns = [.. taxTotals.SelectMany(t => ctx.Children(t, Cac + "TaxSubtotal")).Select(Breakdown)],
            Totals = Totals(ctx.Child(r, Cac + "LegalMonetaryTotal"), main, accounting),
            Lines = [.. ctx.Children(r, Cac + (credit ? "CreditNoteLine" : "InvoiceLine")).Select((l, n) => Line(l, n))],
        };
    }

    private PaymentInstructions? Payment(List<XElement> means, string? sepaCreditor)
    {
        ctx.RequireMeansCodes(means, Cbc + "PaymentMeansCode");
        var first = means.FirstOrDefault();
        if (first is null)
        {
            return null;
        }

        var code = ctx.Child(first, Cbc + "PaymentMeansCode");
        var card = ctx.Child(first, Cac + "CardAccount");
        ctx.Child(card, Cbc + "NetworkID");
        var mandate = means.Select(m => ctx.Child(m, Cac + "PaymentMandate")).ToList().FirstOrDefault(m => m is not null);
        var mandateId = ctx.Text(mandate, Cbc + "ID");
        var debited = ctx.Text(mandate, Cac + "PayerFinancialAccount", Cbc + "ID");
        return new PaymentInstructions
        {
            MeansCode = int.TryParse(code?.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? (PaymentMeansCode)c : 0,
            MeansText = (string?)code?.Attribute("name"),
            RemittanceInformation = means.Select(m => ctx.Text(m, Cbc + "PaymentID")).ToList().FirstOrDefault(x => x is not null),
            CreditTransfers = [.. means.Select(CreditTransfer).OfType<CreditTransfer>()],
            Card = card is null ? null : new CardInformation(ctx.Text(card, Cbc + "PrimaryAccountNumberID") ?? string.Empty, ctx.Text(card, Cbc + "HolderName")),
            DirectDebit = mandateId is null && debited is null && sepaCreditor is null ? null : new DirectDebit(mandateId, sepaCreditor, debited),
        };
    }

    private CreditTransfer? CreditTransfer(XElement means)
    {
        ctx.Child(means, Cbc + "PaymentMeansCode");
        ctx.Child(means, Cbc + "PaymentDueDate");
        var account = ctx.Child(means, Cac + "PayeeFinancialAccount");
        var id = ctx.Text(account, Cbc + "ID");
        return account is null ? null : new CreditTransfer(id ?? string.Empty, ctx.Text(account, Cbc + "Name"), ctx.Text(account, Cac + "FinancialInstitutionBranch", Cbc + "ID"));
    }

    private AllowanceCharge AllowanceCharge(XElement ac, string path)
    {
        var isCharge = string.Equals(ctx.Text(ac, Cbc + "ChargeIndicator"), "true", StringComparison.OrdinalIgnoreCase);
        var tax = ctx.Child(ac, Cac + "TaxCategory");
        ctx.Path(tax, Cac + "TaxScheme", Cbc + "ID");
        return new AllowanceCharge
        {
            IsCharge = isCharge,
            ReasonCode = ctx.Text(ac, Cbc + "AllowanceChargeReasonCode"),
            Reason = ctx.Text(ac, Cbc + "AllowanceChargeReason"),
            Percentage = ctx.Decimal(ac, Cbc + "MultiplierFactorNumeric"),
            Amount = ctx.AllowanceChargeAmount(ctx.Decimal(ac, Cbc + "Amount"), isCharge, path.StartsWith("Lines", StringComparison.Ordinal), path),
            BaseAmount = ctx.Decimal(ac, Cbc + "BaseAmount"),
            VatCategory = ctx.OptionalCategory(ctx.Text(tax, Cbc + "ID"), path + ".VatCategory"),
            VatRate = ctx.Decimal(tax, Cbc + "Percent"),
        };
    }

    private VatBreakdown Breakdown(XElement s, int index)
    {
        var category = ctx.Child(s, Cac + "TaxCategory");
        ctx.Path(category, Cac + "TaxScheme", Cbc + "ID");
        var path = $"VatBreakdowns[{index}]";
        return new VatBreakdown
        {
            TaxableAmount = ctx.Required(ctx.Decimal(s, Cbc + "TaxableAmount"), "BR-45", "VAT category taxable amount (BT-116)", path + ".TaxableAmount"),
            TaxAmount = ctx.Required(ctx.Decimal(s, Cbc + "TaxAmount"), "BR-46", "VAT category tax amount (BT-117)", path + ".TaxAmount"),
            Category = ctx.Category(ctx.Text(category, Cbc + "ID"), "BR-47", path + ".Category"),
            Rate = ctx.Decimal(category, Cbc + "Percent"),
            ExemptionReasonCode = ctx.Text(category, Cbc + "TaxExemptionReasonCode"),
            ExemptionReason = ctx.Text(category, Cbc + "TaxExemptionReason"),
        };
    }

    private DocumentTotals Totals(XElement? m, XElement? taxTotal, XElement? accounting) => new()
    {
        LineNetTotal = ctx.Required(ctx.Decimal(m, Cbc + "LineExtensionAmount"), "BR-12", "Sum of Invoice line net amount (BT-106)", "Totals.LineNetTotal"),
        TaxExclusiveAmount = ctx.Required(ctx.Decimal(m, Cbc + "TaxExclusiveAmount"), "BR-13", "Invoice total amount without VAT (BT-109)", "Totals.TaxExclusiveAmount"),
        TaxInclusiveAmount = ctx.Required(ctx.Decimal(m, Cbc + "TaxInclusiveAmount"), "BR-14", "Invoice total amount with VAT (BT-112)", "Totals.TaxInclusiveAmount"),
        AllowanceTotal = ctx.Decimal(m, Cbc + "AllowanceTotalAmount"),
        ChargeTotal = ctx.Decimal(m, Cbc + "ChargeTotalAmount"),
        PrepaidAmount = ctx.Decimal(m, Cbc + "PrepaidAmount"),
        RoundingAmount = ctx.Decimal(m, Cbc + "PayableRoundingAmount"),
        AmountDue = ctx.Required(ctx.Decimal(m, Cbc + "PayableAmount"), "BR-15", "Amount due for payment (BT-115)", "Totals.AmountDue"),
        TaxTotal = ctx.Decimal(taxTotal, Cbc + "TaxAmount"),
        TaxTotalInAccountingCurrency = ctx.Decimal(accounting, Cbc + "TaxAmount"),
    };
}
