using CsCheck;
using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Core.Formats.Ubl;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Tests.Support;
using InvoiceFunctions.Core.Totals;
using InvoiceFunctions.Core.Validation;

namespace InvoiceFunctions.Core.Tests.Totals;

/// <summary>Property tests: for random valid invoices the EN 16931 totals identities always hold.</summary>
public sealed class TotalsPropertyTests
{
    private static readonly (VatCategory Category, decimal Rate)[] Taxes =
        [(VatCategory.Standard, 20m), (VatCategory.Standard, 10m), (VatCategory.Standard, 5.5m), (VatCategory.Standard, 2.1m), (VatCategory.ZeroRated, 0m), (VatCategory.Exempt, 0m)];

    private static readonly Gen<InvoiceLine> GenLine =
        Gen.Select(Gen.Int[-50, 5000], Gen.Int[0, 3], Gen.Int[0, 2_000_000], Gen.Int[0, Taxes.Length - 1], Gen.Int[0, 500], Gen.Bool)
            .Where(t => t.Item1 != 0)
            .Select(t => InvoiceBuilder.Line(
                "L",
                t.Item1 / Pow10(t.Item2),
                t.Item3 / 10_000m,
                Taxes[t.Item4].Category,
                Taxes[t.Item4].Rate,
                adjustments: t.Item5 == 0 ? [] : [new AllowanceCharge { IsCharge = t.Item6, Amount = t.Item5 / 100m, Reason = "Ajustement" }]));

    private static readonly Gen<AllowanceCharge> GenDocumentAc =
        Gen.Select(Gen.Int[1, 100_000], Gen.Bool, Gen.Int[0, Taxes.Length - 1])
            .Select(t => t.Item2 ? InvoiceBuilder.DocumentCharge(t.Item1 / 100m, Taxes[t.Item3].Category, Taxes[t.Item3].Rate) : InvoiceBuilder.DocumentAllowance(t.Item1 / 100m, Taxes[t.Item3].Category, Taxes[t.Item3].Rate));

    private static readonly Gen<Invoice> GenInvoice =
        Gen.Select(GenLine.Array[1, 25], GenDocumentAc.Array[0, 4], Gen.Int[0, 10_000], Gen.Int[-2, 2])
            .Select(t => InvoiceBuilder.Invoice(
                [.. t.Item1.Select((l, i) => l with { Id = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) })],
                allowanceCharges: t.Item2,
                exemptions: [InvoiceBuilder.Exemption(VatCategory.Exempt, "VATEX-EU-132", "Exonéré")],
                prepaid: t.Item3 / 100m,
                rounding: t.Item4 / 100m));

    [Fact]
    public void Complete_RandomInvoice_SatisfiesCalculationRules()
    {
        GenInvoice.Sample(invoice =>
        {
            var failed = InvoiceValidator.Validate(invoice).Failures.Select(f => f.RuleId)
                .Where(id => id.StartsWith("BR-CO-1", StringComparison.Ordinal) || id.StartsWith("BR-DEC", StringComparison.Ordinal) || id.EndsWith("-08", StringComparison.Ordinal) || id.EndsWith("-09", StringComparison.Ordinal));
            return !failed.Any();
        }, iter: 300);
    }

    [Fact]
    public void Complete_RandomInvoice_TotalsIdentitiesHoldExactly()
    {
        GenInvoice.Sample(i =>
        {
            var t = i.Totals;
            return t.LineNetTotal == i.Lines.Sum(l => l.NetAmount)
                && t.TaxExclusiveAmount == t.LineNetTotal - t.AllowanceTotal.GetValueOrDefault() + t.ChargeTotal.GetValueOrDefault()
                && t.TaxTotal == i.VatBreakdowns.Sum(b => b.TaxAmount)
                && t.TaxInclusiveAmount == t.TaxExclusiveAmount + t.TaxTotal
                && t.AmountDue == t.TaxInclusiveAmount - t.PrepaidAmount.GetValueOrDefault() + t.RoundingAmount.GetValueOrDefault()
                && i.VatBreakdowns.Sum(b => b.TaxableAmount) == t.TaxExclusiveAmount;
        }, iter: 300);
    }

    [Fact]
    public void Complete_RandomInvoice_IsIdempotent()
    {
        GenInvoice.Sample(i =>
        {
            var again = InvoiceCalculator.Complete(i, i.Totals.PrepaidAmount, i.Totals.RoundingAmount);
            return again.Totals == i.Totals && again.VatBreakdowns.SequenceEqual(i.VatBreakdowns);
        }, iter: 200);
    }

    [Fact]
    public void WriteRead_RandomInvoice_KeepsTotalsInBothSyntaxes()
    {
        GenInvoice.Sample(i =>
            CiiReader.Read(CiiWriter.Write(i)).Invoice.Totals == i.Totals
            && UblReader.Read(UblWriter.Write(i)).Invoice.Totals == i.Totals, iter: 100);
    }

    private static decimal Pow10(int n) => n switch { 0 => 1m, 1 => 10m, 2 => 100m, _ => 1000m };
}
