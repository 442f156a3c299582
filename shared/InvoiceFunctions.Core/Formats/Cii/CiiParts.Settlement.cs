using System.Xml.Linq;
using InvoiceFunctions.Core.Model;
using static InvoiceFunctions.Core.Formats.Cii.CiiNames;
using static InvoiceFunctions.Core.Formats.Xml.XmlBuild;
using static InvoiceFunctions.Core.Formats.Xml.XmlValues;

namespace InvoiceFunctions.Core.Formats.Cii;

/// <summary>The CII writer's header settlement: payment, VAT breakdown, allowances/charges, terms and totals.</summary>
internal sealed partial class CiiParts
{
    public XElement Settlement(Invoice i) => new(
        Ram + "ApplicableHeaderTradeSettlement",
        AboveMinimum ? Leaf(Ram + "CreditorReferenceID", i.PaymentInstructions?.DirectDebit?.CreditorId) : null,
        AboveMinimum ? Leaf(Ram + "PaymentReference", i.PaymentInstructions?.RemittanceInformation) : null,
        AboveMinimum ? Leaf(Ram + "TaxCurrencyCode", i.TaxCurrencyCode) : null,
        new XElement(Ram + "InvoiceCurrencyCode", i.CurrencyCode),
        AboveMinimum ? Payee(i.Payee) : null,
        AboveMinimum ? PaymentMeans(i.PaymentInstructions) : null,
        AboveMinimum ? i.VatBreakdowns.Select((b, n) => Breakdown(i, b, first: n == 0)) : null,
        AboveMinimum ? Period(i.InvoicingPeriod) : null,
        AboveMinimum ? i.AllowanceCharges.Select(ac => AllowanceCharge(ac, withTax: true)) : null,
        AboveMinimum ? Opt(
            Ram + "SpecifiedTradePaymentTerms",
            Leaf(Ram + "Description", i.PaymentTerms),
            i.DueDate is { } due ? new XElement(Ram + "DueDateDateTime", CiiWriter.DateTime102(due)) : null,
            Leaf(Ram + "DirectDebitMandateID", i.PaymentInstructions?.DirectDebit?.MandateReference)) : null,
        Summation(i),
        AboveMinimum ? i.PrecedingInvoices.Take(1).Select(p => new XElement(
            Ram + "InvoiceReferencedDocument",
            new XElement(Ram + "IssuerAssignedID", p.Number),
            p.IssueDate is { } d ? new XElement(Ram + "FormattedIssueDateTime", new XElement(Qdt + "DateTimeString", new XAttribute("format", "102"), Date102(d))) : null)) : null,
        AboveMinimum ? Opt(Ram + "ReceivableSpecifiedTradeAccountingAccount", Leaf(Ram + "ID", i.BuyerAccountingReference)) : null);

    private static XElement? Payee(TradeParty? p) => p is null ? null : new XElement(
        Ram + "PayeeTradeParty",
        p.Identifiers.Where(x => x.SchemeId is null).Select(x => new XElement(Ram + "ID", x.Value)),
        p.Identifiers.Where(x => x.SchemeId is not null).Select(x => new XElement(Ram + "GlobalID", new XAttribute("schemeID", x.SchemeId!), x.Value)),
        new XElement(Ram + "Name", p.Name),
        p.LegalRegistrationId is { } legal ? new XElement(Ram + "SpecifiedLegalOrganization", new XElement(Ram + "ID", Attr("schemeID", legal.SchemeId), legal.Value)) : null);

    private IEnumerable<XElement> PaymentMeans(PaymentInstructions? p)
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
                Ram + "SpecifiedTradeSettlementPaymentMeans",
                new XElement(Ram + "TypeCode", Code((int)p.MeansCode)),
                Full && first ? Leaf(Ram + "Information", p.MeansText) : null,
                Full && p.Card is { } card ? new XElement(Ram + "ApplicableTradeSettlementFinancialCard", new XElement(Ram + "ID", card.PrimaryAccountNumber), Leaf(Ram + "CardholderName", card.HolderName)) : null,
                p.DirectDebit?.DebitedAccountId is { } debited ? new XElement(Ram + "PayerPartyDebtorFinancialAccount", new XElement(Ram + "IBANID", debited)) : null,
                t is null ? null : new XElement(
                    Ram + "PayeePartyCreditorFinancialAccount",
                    IsIban(t.AccountId) ? new XElement(Ram + "IBANID", t.AccountId) : null,
                    Full ? Leaf(Ram + "AccountName", t.AccountName) : null,
                    IsIban(t.AccountId) ? null : new XElement(Ram + "ProprietaryID", t.AccountId)),
                Full && t?.ServiceProviderId is { } bic ? new XElement(Ram + "PayeeSpecifiedCreditorFinancialInstitution", new XElement(Ram + "BICID", bic)) : null);
            first = false;
        }
    }

    private static bool IsIban(string account) =>
        account.Length is >= 15 and <= 34 && char.IsAsciiLetterUpper(account[0]) && char.IsAsciiLetterUpper(account[1]) && char.IsAsciiDigit(account[2]) && char.IsAsciiDigit(account[3]);

    private static XElement Breakdown(Invoice i, VatBreakdown b, bool first) => new(
        Ram + "ApplicableTradeTax",
        new XElement(Ram + "CalculatedAmount", Amount(b.TaxAmount)),
        new XElement(Ram + "TypeCode", "VAT"),
        Leaf(Ram + "ExemptionReason", b.ExemptionReason),
        new XElement(Ram + "BasisAmount", Amount(b.TaxableAmount)),
        new XElement(Ram + "CategoryCode", b.Category.ToCode()),
        Leaf(Ram + "ExemptionReasonCode", b.ExemptionReasonCode),
        first && i.TaxPointDate is { } tp ? new XElement(Ram + "TaxPointDate", new XElement(Udt + "DateString", new XAttribute("format", "102"), Date102(tp))) : null,
        first ? Leaf(Ram + "DueDateTypeCode", CiiCodes.VatPointDate(i.VatPointDateCode)) : null,
        Leaf(Ram + "RateApplicablePercent", Amount(b.Rate)));

    private XElement Summation(Invoice i)
    {
        var t = i.Totals;
        return new XElement(
            Ram + "SpecifiedTradeSettlementHeaderMonetarySummation",
            AboveMinimum ? new XElement(Ram + "LineTotalAmount", Amount(t.LineNetTotal)) : null,
            AboveMinimum ? Leaf(Ram + "ChargeTotalAmount", Amount(t.ChargeTotal)) : null,
            AboveMinimum ? Leaf(Ram + "AllowanceTotalAmount", Amount(t.AllowanceTotal)) : null,
            new XElement(Ram + "TaxBasisTotalAmount", Amount(t.TaxExclusiveAmount)),
            t.TaxTotal is { } tax ? new XElement(Ram + "TaxTotalAmount", new XAttribute("currencyID", i.CurrencyCode), Amount(tax)) : null,
            t.TaxTotalInAccountingCurrency is { } acc && i.TaxCurrencyCode is { } cur ? new XElement(Ram + "TaxTotalAmount", new XAttribute("currencyID", cur), Amount(acc)) : null,
            AboveMinimum ? Leaf(Ram + "RoundingAmount", Amount(t.RoundingAmount)) : null,
            new XElement(Ram + "GrandTotalAmount", Amount(t.TaxInclusiveAmount)),
            AboveMinimum ? Leaf(Ram + "TotalPrepaidAmount", Amount(t.PrepaidAmount)) : null,
            new XElement(Ram + "DuePayableAmount", Amount(t.AmountDue)));
    }
}
