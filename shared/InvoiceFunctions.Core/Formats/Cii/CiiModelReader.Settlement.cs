using System.Globalization;
using System.Xml.Linq;
using InvoiceFunctions.Core.Model;
using static InvoiceFunctions.Core.Formats.Cii.CiiNames;

namespace InvoiceFunctions.Core.Formats.Cii;

/// <summary>Maps the CII header settlement: payment, VAT breakdown, allowances/charges, terms, totals, preceding invoices.</summary>
internal sealed partial class CiiModelReader
{
    private Invoice WithSettlement(Invoice header, XElement? s)
    {
        var taxes = ctx.Children(s, Ram + "ApplicableTradeTax").ToList();
        var terms = ctx.Children(s, Ram + "SpecifiedTradePaymentTerms").ToList();
        if (taxes.Any(t => t.Element(Ram + "TaxPointDate") is not null) && taxes.Any(t => t.Element(Ram + "DueDateTypeCode") is not null))
        {
            ctx.Fail("BR-CO-03", "Value added tax point date (BT-7) and Value added tax point date code (BT-8) are mutually exclusive.", "La date d'exigibilité de la TVA (BT-7) et son code (BT-8) s'excluent mutuellement.", "TaxPointDate");
        }

        var currency = ctx.Required(ctx.Text(s, Ram + "InvoiceCurrencyCode"), "BR-05", "Invoice currency code (BT-5)", "CurrencyCode");
        var taxCurrency = ctx.Text(s, Ram + "TaxCurrencyCode");
        return header with
        {
            CurrencyCode = currency,
            TaxCurrencyCode = taxCurrency,
            Payee = OptionalParty(ctx.Child(s, Ram + "PayeeTradeParty")),
            PaymentInstructions = Payment(s, terms),
            VatBreakdowns = [.. taxes.Select(Breakdown)],
            TaxPointDate = taxes.Select(t => Date(ctx.Child(t, Ram + "TaxPointDate"))).ToList().FirstOrDefault(d => d is not null),
            VatPointDateCode = taxes.Select(t => CiiCodes.ParseVatPointDate(ctx.Text(t, Ram + "DueDateTypeCode"))).ToList().FirstOrDefault(c => c is not null),
            InvoicingPeriod = Period(ctx.Child(s, Ram + "BillingSpecifiedPeriod")),
            AllowanceCharges = [.. ctx.Children(s, Ram + "SpecifiedTradeAllowanceCharge").Select((ac, n) => AllowanceCharge(ac, $"AllowanceCharges[{n}]"))],
            PaymentTerms = terms.Select(t => ctx.Text(t, Ram + "Description")).ToList().FirstOrDefault(d => d is not null),
            DueDate = terms.Select(t => Date(ctx.Child(t, Ram + "DueDateDateTime"))).ToList().FirstOrDefault(d => d is not null),
            Totals = Totals(ctx.Child(s, Ram + "SpecifiedTradeSettlementHeaderMonetarySummation"), currency, taxCurrency),
            PrecedingInvoices = [.. ctx.Children(s, Ram + "InvoiceReferencedDocument").Select(r => new PrecedingInvoiceReference(ctx.Text(r, Ram + "IssuerAssignedID") ?? string.Empty, Date(ctx.Child(r, Ram + "FormattedIssueDateTime"))))],
            BuyerAccountingReference = ctx.Text(s, Ram + "ReceivableSpecifiedTradeAccountingAccount", Ram + "ID"),
        };
    }

    private PaymentInstructions? Payment(XElement? s, List<XElement> terms)
    {
        var means = ctx.Children(s, Ram + "SpecifiedTradeSettlementPaymentMeans").ToList();
        ctx.RequireMeansCodes(means, Ram + "TypeCode");
        var creditor = ctx.Text(s, Ram + "CreditorReferenceID");
        var reference = ctx.Text(s, Ram + "PaymentReference");
        var mandate = terms.Select(t => ctx.Text(t, Ram + "DirectDebitMandateID")).ToList().FirstOrDefault(m => m is not null);
        if (means.Count == 0 && reference is null && creditor is null)
        {
            return null;
        }

        var first = means.FirstOrDefault();
        var card = ctx.Child(first, Ram + "ApplicableTradeSettlementFinancialCard");
        var debited = means.Select(m => ctx.Text(m, Ram + "PayerPartyDebtorFinancialAccount", Ram + "IBANID")).ToList().FirstOrDefault(x => x is not null);
        return new PaymentInstructions
        {
            MeansCode = int.TryParse(ctx.Text(first, Ram + "TypeCode"), NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? (PaymentMeansCode)code : 0,
            MeansText = ctx.Text(first, Ram + "Information"),
            RemittanceInformation = reference,
            CreditTransfers = [.. means.Select(CreditTransfer).OfType<CreditTransfer>()],
            Card = card is null ? null : new CardInformation(ctx.Text(card, Ram + "ID") ?? string.Empty, ctx.Text(card, Ram + "CardholderName")),
            DirectDebit = mandate is null && creditor is null && debited is null ? null : new DirectDebit(mandate, creditor, debited),
        };
    }

    private CreditTransfer? CreditTransfer(XElement means)
    {
        ctx.Child(means, Ram + "TypeCode");
        var account = ctx.Child(means, Ram + "PayeePartyCreditorFinancialAccount");
        var iban = ctx.Text(account, Ram + "IBANID");
        var proprietary = ctx.Text(account, Ram + "ProprietaryID");
        var id = iban ?? proprietary;
        return account is null ? null : new CreditTransfer(id ?? string.Empty, ctx.Text(account, Ram + "AccountName"), ctx.Text(means, Ram + "PayeeSpecifiedCreditorFinancialInstitution", Ram + "BICID"));
    }

    private VatBreakdown Breakdown(XElement t, int index)
    {
        ctx.Child(t, Ram + "TypeCode");
        var path = $"VatBreakdowns[{index}]";
        return new VatBreakdown
        {
            TaxAmount = ctx.Required(ctx.Decimal(t, Ram + "CalculatedAmount"), "BR-46", "VAT category tax amount (BT-117)", path + ".TaxAmount"),
            TaxableAmount = ctx.Required(ctx.Decimal(t, Ram + "BasisAmount"), "BR-45", "VAT category taxable amount (BT-116)", path + ".TaxableAmount"),
            Category = ctx.Category(ctx.Text(t, Ram + "CategoryCode"), "BR-47", path + ".Category"),
            Rate = ctx.Decimal(t, Ram + "RateApplicablePercent"),
            ExemptionReason = ctx.Text(t, Ram + "ExemptionReason"),
            ExemptionReasonCode = ctx.Text(t, Ram + "ExemptionReasonCode"),
        };
    }

    internal Period? Period(XElement? p) => p is null ? null : new Period(Date(ctx.Child(p, Ram + "StartDateTime")), Date(ctx.Child(p, Ram + "EndDateTime")));

    internal AllowanceCharge AllowanceCharge(XElement ac, string path)
    {
        var isCharge = string.Equals(ctx.Text(ac, Ram + "ChargeIndicator", CiiNames.Udt + "Indicator"), "true", StringComparison.OrdinalIgnoreCase);
        var tax = ctx.Child(ac, Ram + "CategoryTradeTax");
        ctx.Child(tax, Ram + "TypeCode");
        var categoryCode = ctx.Text(tax, Ram + "CategoryCode");
        return new AllowanceCharge
        {
            IsCharge = isCharge,
            Percentage = ctx.Decimal(ac, Ram + "CalculationPercent"),
            BaseAmount = ctx.Decimal(ac, Ram + "BasisAmount"),
            Amount = ctx.AllowanceChargeAmount(ctx.Decimal(ac, Ram + "ActualAmount"), isCharge, path.StartsWith("Lines", StringComparison.Ordinal), path),
            ReasonCode = ctx.Text(ac, Ram + "ReasonCode"),
            Reason = ctx.Text(ac, Ram + "Reason"),
            VatCategory = ctx.OptionalCategory(categoryCode, path + ".VatCategory"),
            VatRate = ctx.Decimal(tax, Ram + "RateApplicablePercent"),
        };
    }

    private DocumentTotals Totals(XElement? m, string currency, string? taxCurrency)
    {
        var taxTotals = ctx.Children(m, Ram + "TaxTotalAmount").ToList();
        var inInvoiceCurrency = taxTotals.FirstOrDefault(t => (string?)t.Attribute("currencyID") is null || (string?)t.Attribute("currencyID") == currency);
        var inAccounting = taxCurrency is null || taxCurrency == currency ? null : taxTotals.FirstOrDefault(t => (string?)t.Attribute("currencyID") == taxCurrency);
        if (taxTotals.Count(t => t != inAccounting) > 1)
        {
            ctx.Fail("BR-CO-15", "The document carries more than one Invoice total VAT amount (BT-110) in the invoice currency.", "Le document contient plus d'un montant total de TVA (BT-110) dans la devise de facturation.", "Totals.TaxTotal");
        }

        return new DocumentTotals
        {
            LineNetTotal = ctx.Required(ctx.Decimal(m, Ram + "LineTotalAmount"), "BR-12", "Sum of Invoice line net amount (BT-106)", "Totals.LineNetTotal"),
            ChargeTotal = ctx.Decimal(m, Ram + "ChargeTotalAmount"),
            AllowanceTotal = ctx.Decimal(m, Ram + "AllowanceTotalAmount"),
            TaxExclusiveAmount = ctx.Required(ctx.Decimal(m, Ram + "TaxBasisTotalAmount"), "BR-13", "Invoice total amount without VAT (BT-109)", "Totals.TaxExclusiveAmount"),
            TaxTotal = ctx.ParseDecimal(inInvoiceCurrency),
            TaxTotalInAccountingCurrency = ctx.ParseDecimal(inAccounting),
            RoundingAmount = ctx.Decimal(m, Ram + "RoundingAmount"),
            TaxInclusiveAmount = ctx.Required(ctx.Decimal(m, Ram + "GrandTotalAmount"), "BR-14", "Invoice total amount with VAT (BT-112)", "Totals.TaxInclusiveAmount"),
            PrepaidAmount = ctx.Decimal(m, Ram + "TotalPrepaidAmount"),
            AmountDue = ctx.Required(ctx.Decimal(m, Ram + "DuePayableAmount"), "BR-15", "Amount due for payment (BT-115)", "Totals.AmountDue"),
        };
    }
}
