using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Core.Totals;

/// <summary>
/// Computes line net amounts (BT-131), the VAT breakdown (BG-23) and the document totals (BG-22) of an invoice
/// exactly as EN 16931 defines them (BR-CO-10 to BR-CO-17, BR-S-08/09 and the other category rules).
/// Pure: the invoice in, a completed copy out.
/// </summary>
public static class InvoiceCalculator
{
    /// <summary>
    /// Returns the invoice with computed line net amounts, VAT breakdown and totals. Exemption reasons of an
    /// existing breakdown of the same category are kept. Paid amount (BT-113) and rounding amount (BT-114) are
    /// taken from the arguments; the VAT total in accounting currency (BT-111) is computed when the invoice has a
    /// VAT accounting currency (BT-6) and <paramref name="accountingCurrencyRate"/> is given.
    /// </summary>
    public static Invoice Complete(Invoice invoice, decimal? prepaidAmount = null, decimal? roundingAmount = null, decimal? accountingCurrencyRate = null)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var lines = invoice.Lines.Select(l => l with { AllowanceCharges = [.. l.AllowanceCharges.Select(WithPercentageAmount)] })
            .Select(l => l with { NetAmount = LineNetAmount(l) })
            .ToList();
        var withLines = invoice with { Lines = lines, AllowanceCharges = [.. invoice.AllowanceCharges.Select(WithPercentageAmount)] };
        var breakdowns = VatBreakdowns(withLines);
        var totals = ComputeTotals(withLines, breakdowns, prepaidAmount, roundingAmount);
        if (invoice.TaxCurrencyCode is not null && accountingCurrencyRate is { } rate)
        {
            totals = totals with { TaxTotalInAccountingCurrency = Money.Round2(totals.TaxTotal.GetValueOrDefault() * rate) };
        }

        return withLines with { VatBreakdowns = breakdowns, Totals = totals };
    }

    /// <summary>
    /// Invoice line net amount (BT-131): quantity x (net price / base quantity), minus line allowances, plus line
    /// charges, rounded to 2 decimals.
    /// </summary>
    public static decimal LineNetAmount(InvoiceLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var baseQuantity = line.Price.BaseQuantity is { } q && q != 0m ? q : 1m;
        var gross = line.Quantity * line.Price.NetPrice / baseQuantity;
        var adjustments = line.AllowanceCharges.Sum(ac => ac.IsCharge ? ac.Amount : -ac.Amount);
        return Money.Round2(Money.Round2(gross) + adjustments);
    }

    /// <summary>The VAT breakdown (BG-23): one entry per category and rate, taxable amounts from lines and document allowances/charges.</summary>
    public static IReadOnlyList<VatBreakdown> VatBreakdowns(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var taxable = TaxableAmounts(invoice);
        return taxable.Select(pair => Breakdown(invoice, pair.Key, pair.Value)).ToList();
    }

    /// <summary>
    /// Taxable amount per VAT key, in order of first appearance (lines, then document allowances/charges).
    /// Memoised per invoice instance (records are immutable), since several rules ask for it.
    /// </summary>
    public static IReadOnlyDictionary<VatKey, decimal> TaxableAmounts(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return TaxableCache.GetValue(invoice, ComputeTaxableAmounts);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Invoice, IReadOnlyDictionary<VatKey, decimal>> TaxableCache = [];

    private static IReadOnlyDictionary<VatKey, decimal> ComputeTaxableAmounts(Invoice invoice)
    {
        var sums = new Dictionary<VatKey, decimal>();
        foreach (var line in invoice.Lines)
        {
            Add(sums, VatKey.Of(line.VatCategory, line.VatRate), line.NetAmount);
        }

        foreach (var ac in invoice.AllowanceCharges.Where(ac => ac.VatCategory is not null))
        {
            Add(sums, VatKey.Of(ac.VatCategory!.Value, ac.VatRate), ac.IsCharge ? ac.Amount : -ac.Amount);
        }

        return sums;
    }

    /// <summary>
    /// An allowance or charge given as a percentage of a base amount gets its amount computed:
    /// round2(base x percentage / 100), as Peppol (PEPPOL-EN16931-R040) checks.
    /// </summary>
    public static AllowanceCharge WithPercentageAmount(AllowanceCharge ac)
    {
        ArgumentNullException.ThrowIfNull(ac);
        return ac.BaseAmount is { } b && ac.Percentage is { } pct ? ac with { Amount = Money.Round2(b * pct / 100m) } : ac;
    }

    /// <summary>True when VAT is charged in the category (S, L, M, B); every other category has a zero VAT amount.</summary>
    public static bool ChargesVat(VatCategory category) =>
        category is VatCategory.Standard or VatCategory.CanaryIslands or VatCategory.CeutaMelilla or VatCategory.SplitPayment;

    private static void Add(Dictionary<VatKey, decimal> sums, VatKey key, decimal amount) =>
        sums[key] = sums.GetValueOrDefault(key) + amount;

    private static VatBreakdown Breakdown(Invoice invoice, VatKey key, decimal taxableAmount)
    {
        var existing = invoice.VatBreakdowns.FirstOrDefault(b => b.Category == key.Category);
        var taxable = Money.Round2(taxableAmount);
        return new VatBreakdown
        {
            Category = key.Category,
            Rate = key.Rate,
            TaxableAmount = taxable,
            TaxAmount = ChargesVat(key.Category) && key.Rate is { } rate ? Money.Vat(taxable, rate) : 0m,
            ExemptionReason = existing?.ExemptionReason,
            ExemptionReasonCode = existing?.ExemptionReasonCode,
        };
    }

    private static DocumentTotals ComputeTotals(Invoice invoice, IReadOnlyList<VatBreakdown> breakdowns, decimal? prepaid, decimal? rounding)
    {
        var lineNet = invoice.Lines.Sum(l => l.NetAmount);
        var allowances = invoice.AllowanceCharges.Where(a => !a.IsCharge).ToList();
        var charges = invoice.AllowanceCharges.Where(a => a.IsCharge).ToList();
        var allowanceTotal = Money.Round2(allowances.Sum(a => a.Amount));
        var chargeTotal = Money.Round2(charges.Sum(a => a.Amount));
        var taxExclusive = lineNet - allowanceTotal + chargeTotal;
        var taxTotal = breakdowns.Sum(b => b.TaxAmount);
        var taxInclusive = taxExclusive + taxTotal;
        return new DocumentTotals
        {
            LineNetTotal = lineNet,
            AllowanceTotal = allowances.Count > 0 ? allowanceTotal : null,
            ChargeTotal = charges.Count > 0 ? chargeTotal : null,
            TaxExclusiveAmount = taxExclusive,
            TaxTotal = taxTotal,
            TaxInclusiveAmount = taxInclusive,
            PrepaidAmount = prepaid,
            RoundingAmount = rounding,
            AmountDue = taxInclusive - prepaid.GetValueOrDefault() + rounding.GetValueOrDefault(),
        };
    }
}
