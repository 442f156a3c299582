using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Totals;
using static InvoiceFunctions.Core.Validation.InvoiceRule;
using static InvoiceFunctions.Core.Validation.Rules.RuleHelpers;

namespace InvoiceFunctions.Core.Validation.Rules;

/// <summary>EN 16931 calculation rules BR-CO-10 to BR-CO-17: declared totals against the sums they must equal.</summary>
public static class CalculationRules
{
    /// <summary>The rules, in id order.</summary>
    public static IReadOnlyList<InvoiceRule> All { get; } =
    [
        Require("BR-CO-10", "Totals.LineNetTotal", "Sum of Invoice line net amount (BT-106) = Σ Invoice line net amount (BT-131).", "Somme des montants nets des lignes (BT-106) = Σ montants nets de ligne (BT-131).", i => i.Totals.LineNetTotal == i.Lines.Sum(l => l.NetAmount)),
        Require("BR-CO-11", "Totals.AllowanceTotal", "Sum of allowances on document level (BT-107) = Σ Document level allowance amount (BT-92).", "Somme des remises au niveau document (BT-107) = Σ montants des remises (BT-92).", i => i.Totals.AllowanceTotal.GetValueOrDefault() == Allowances(i).Sum(a => a.Amount)),
        Require("BR-CO-12", "Totals.ChargeTotal", "Sum of charges on document level (BT-108) = Σ Document level charge amount (BT-99).", "Somme des charges au niveau document (BT-108) = Σ montants des charges (BT-99).", i => i.Totals.ChargeTotal.GetValueOrDefault() == Charges(i).Sum(a => a.Amount)),
        Require("BR-CO-13", "Totals.TaxExclusiveAmount", "Invoice total amount without VAT (BT-109) = Sum of Invoice line net amount (BT-106) - Sum of allowances on document level (BT-107) + Sum of charges on document level (BT-108).", "Montant total HT (BT-109) = somme des montants nets de ligne (BT-106) - remises (BT-107) + charges (BT-108).", i => i.Totals.TaxExclusiveAmount == i.Totals.LineNetTotal - i.Totals.AllowanceTotal.GetValueOrDefault() + i.Totals.ChargeTotal.GetValueOrDefault()),
        Require("BR-CO-14", "Totals.TaxTotal", "Invoice total VAT amount (BT-110) = Σ VAT category tax amount (BT-117).", "Montant total de TVA (BT-110) = Σ montants de TVA par catégorie (BT-117).", i => i.Totals.TaxTotal.GetValueOrDefault() == i.VatBreakdowns.Sum(b => b.TaxAmount)),
        Require("BR-CO-15", "Totals.TaxInclusiveAmount", "Invoice total amount with VAT (BT-112) = Invoice total amount without VAT (BT-109) + Invoice total VAT amount (BT-110).", "Montant total TTC (BT-112) = montant total HT (BT-109) + montant total de TVA (BT-110).", i => i.Totals.TaxInclusiveAmount == Money.Round2(i.Totals.TaxExclusiveAmount + i.Totals.TaxTotal.GetValueOrDefault())),
        Require("BR-CO-16", "Totals.AmountDue", "Amount due for payment (BT-115) = Invoice total amount with VAT (BT-112) - Paid amount (BT-113) + Rounding amount (BT-114).", "Montant à payer (BT-115) = montant TTC (BT-112) - montant payé (BT-113) + arrondi (BT-114).", i => i.Totals.AmountDue == i.Totals.TaxInclusiveAmount - i.Totals.PrepaidAmount.GetValueOrDefault() + i.Totals.RoundingAmount.GetValueOrDefault()),
        ForEach("BR-CO-17", "VatBreakdowns", "TaxAmount", "VAT category tax amount (BT-117) = VAT category taxable amount (BT-116) x (VAT category rate (BT-119) / 100), rounded to two decimals.", "Montant de TVA par catégorie (BT-117) = base (BT-116) x (taux (BT-119) / 100), arrondi à deux décimales.", i => i.VatBreakdowns, TaxAmountConsistent),
    ];

    /// <summary>
    /// As the official UBL rule: strictly within one currency unit of the rounded product when the rate is not zero,
    /// else zero. (The CII Schematron also accepts a deviation of exactly 1.00; we keep the stricter reading.)
    /// </summary>
    private static bool TaxAmountConsistent(VatBreakdown b)
    {
        if (b.Rate is not { } rate || Math.Round(rate) == 0m)
        {
            return Math.Round(b.TaxAmount) == 0m;
        }

        var expected = Money.Round2(Math.Abs(b.TaxableAmount) * rate / 100m);
        return Math.Abs(b.TaxAmount) - 1m < expected && Math.Abs(b.TaxAmount) + 1m > expected;
    }
}
