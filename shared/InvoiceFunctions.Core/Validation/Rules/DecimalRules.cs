using InvoiceFunctions.Core.Model;
using static InvoiceFunctions.Core.Validation.Rules.RuleHelpers;

namespace InvoiceFunctions.Core.Validation.Rules;

/// <summary>EN 16931 BR-DEC rules: amounts have at most 2 decimals (as written, so 1.000 fails like the Schematron).</summary>
public static class DecimalRules
{
    /// <summary>The rules, in id order.</summary>
    public static IReadOnlyList<InvoiceRule> All { get; } =
    [
        DocumentAc("BR-DEC-01", false, "Amount", "BT-92", a => a.Amount),
        DocumentAc("BR-DEC-02", false, "BaseAmount", "BT-93", a => a.BaseAmount),
        DocumentAc("BR-DEC-05", true, "Amount", "BT-99", a => a.Amount),
        DocumentAc("BR-DEC-06", true, "BaseAmount", "BT-100", a => a.BaseAmount),
        Total("BR-DEC-09", "LineNetTotal", "BT-106", t => t.LineNetTotal),
        Total("BR-DEC-10", "AllowanceTotal", "BT-107", t => t.AllowanceTotal),
        Total("BR-DEC-11", "ChargeTotal", "BT-108", t => t.ChargeTotal),
        Total("BR-DEC-12", "TaxExclusiveAmount", "BT-109", t => t.TaxExclusiveAmount),
        Total("BR-DEC-13", "TaxTotal", "BT-110", t => t.TaxTotal),
        Total("BR-DEC-14", "TaxInclusiveAmount", "BT-112", t => t.TaxInclusiveAmount),
        Total("BR-DEC-15", "TaxTotalInAccountingCurrency", "BT-111", t => t.TaxTotalInAccountingCurrency),
        Total("BR-DEC-16", "PrepaidAmount", "BT-113", t => t.PrepaidAmount),
        Total("BR-DEC-17", "RoundingAmount", "BT-114", t => t.RoundingAmount),
        Total("BR-DEC-18", "AmountDue", "BT-115", t => t.AmountDue),
        Breakdown("BR-DEC-19", "TaxableAmount", "BT-116", b => b.TaxableAmount),
        Breakdown("BR-DEC-20", "TaxAmount", "BT-117", b => b.TaxAmount),
        Make("BR-DEC-23", "BT-131", i => FailingLines(i, l => (decimal?)l.NetAmount, "NetAmount", TwoDecimalsAtMost)),
        LineAc("BR-DEC-24", false, "Amount", "BT-136", a => a.Amount),
        LineAc("BR-DEC-25", false, "BaseAmount", "BT-137", a => a.BaseAmount),
        LineAc("BR-DEC-27", true, "Amount", "BT-141", a => a.Amount),
        LineAc("BR-DEC-28", true, "BaseAmount", "BT-142", a => a.BaseAmount),
    ];

    private static InvoiceRule Make(string id, string term, Func<Invoice, IEnumerable<string>> failingPaths) =>
        new(id,
            $"The allowed maximum number of decimals for {term} is 2.",
            $"Le nombre maximal de décimales autorisé pour {term} est 2.",
            failingPaths);

    private static bool TwoDecimalsAtMost(decimal? value) => value is not { } d || Decimals(d) <= 2;

    private static InvoiceRule Total(string id, string field, string term, Func<DocumentTotals, decimal?> value)
    {
        string[] path = ["Totals." + field];
        return Make(id, term, i => TwoDecimalsAtMost(value(i.Totals)) ? [] : path);
    }

    private static InvoiceRule Breakdown(string id, string field, string term, Func<VatBreakdown, decimal> value) =>
        Make(id, term, i => i.VatBreakdowns.Select((b, n) => (value(b), n)).Where(x => !TwoDecimalsAtMost(x.Item1)).Select(x => $"VatBreakdowns[{x.n}].{field}"));

    private static InvoiceRule DocumentAc(string id, bool charge, string field, string term, Func<AllowanceCharge, decimal?> value) =>
        Make(id, term, i => i.AllowanceCharges.Select((a, n) => (a, n)).Where(x => x.a.IsCharge == charge && !TwoDecimalsAtMost(value(x.a))).Select(x => $"AllowanceCharges[{x.n}].{field}"));

    private static InvoiceRule LineAc(string id, bool charge, string field, string term, Func<AllowanceCharge, decimal?> value) =>
        Make(id, term, i => FailingLineItems(i, l => l.AllowanceCharges, "AllowanceCharges", "." + field, a => a.IsCharge != charge || TwoDecimalsAtMost(value(a))));
}
