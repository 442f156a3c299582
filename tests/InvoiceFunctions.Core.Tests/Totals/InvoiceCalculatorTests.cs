using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Tests.Support;
using InvoiceFunctions.Core.Totals;

namespace InvoiceFunctions.Core.Tests.Totals;

public sealed class InvoiceCalculatorTests
{
    [Theory]
    [InlineData(1, 100, null, 0, 0, 100)]
    [InlineData(3, 19.99, null, 0, 0, 59.97)]
    [InlineData(2.5, 0.333, null, 0, 0, 0.83)]
    [InlineData(10, 25, 100, 0, 0, 2.5)]
    [InlineData(1, 100, null, 12, 0, 88)]
    [InlineData(1, 100, null, 12, 12, 100)]
    [InlineData(-1, 40, null, 0, 0, -40)]
    [InlineData(3, 0.005, null, 0, 0, 0.02)]
    public void LineNetAmount_QuantityPriceAdjustments_RoundsHalfUpToCents(decimal quantity, decimal price, int? baseQuantity, decimal allowance, decimal charge, decimal expected)
    {
        var line = InvoiceBuilder.Line("1", quantity, price) with
        {
            Price = new Price { NetPrice = price, BaseQuantity = baseQuantity },
            AllowanceCharges = [new AllowanceCharge { IsCharge = false, Amount = allowance }, new AllowanceCharge { IsCharge = true, Amount = charge }],
        };

        Assert.Equal(expected, InvoiceCalculator.LineNetAmount(line));
    }

    [Theory]
    [InlineData(100, 20, 20)]
    [InlineData(0.125, 20, 0.03)]
    [InlineData(-72.50, 19, -13.78)]
    [InlineData(19.99, 5.5, 1.10)]
    [InlineData(1.05, 10, 0.11)]
    public void Vat_TaxableAndRate_RoundsHalfAwayFromZero(decimal taxable, decimal rate, decimal expected)
    {
        Assert.Equal(expected, Money.Vat(taxable, rate));
    }

    [Fact]
    public void Complete_LinesOfTwoRatesWithAllowanceAndCharge_BreaksDownPerCategoryAndRate()
    {
        var invoice = InvoiceBuilder.Invoice(
            [InvoiceBuilder.Line("1", 2m, 100m), InvoiceBuilder.Line("2", 1m, 50m, rate: 5.5m), InvoiceBuilder.Line("3", 1m, 10m)],
            allowanceCharges: [InvoiceBuilder.DocumentAllowance(10m), InvoiceBuilder.DocumentCharge(4m, rate: 5.5m)],
            prepaid: 50m);

        Assert.Collection(
            invoice.VatBreakdowns,
            b => Assert.Equal((VatCategory.Standard, 20m, 200m, 40m), (b.Category, b.Rate!.Value, b.TaxableAmount, b.TaxAmount)),
            b => Assert.Equal((VatCategory.Standard, 5.5m, 54m, 2.97m), (b.Category, b.Rate!.Value, b.TaxableAmount, b.TaxAmount)));
        Assert.Equal(
            new DocumentTotals { LineNetTotal = 260m, AllowanceTotal = 10m, ChargeTotal = 4m, TaxExclusiveAmount = 254m, TaxTotal = 42.97m, TaxInclusiveAmount = 296.97m, PrepaidAmount = 50m, AmountDue = 246.97m },
            invoice.Totals);
    }

    [Theory]
    [InlineData(VatCategory.ZeroRated)]
    [InlineData(VatCategory.Exempt)]
    [InlineData(VatCategory.ReverseCharge)]
    [InlineData(VatCategory.IntraCommunity)]
    [InlineData(VatCategory.Export)]
    public void Complete_ZeroRateCategory_ChargesNoVat(VatCategory category)
    {
        var invoice = InvoiceBuilder.Invoice([InvoiceBuilder.Line("1", 3m, 33.33m, category, 0m)]);

        Assert.Equal(0m, invoice.Totals.TaxTotal);
        Assert.Equal(99.99m, invoice.Totals.AmountDue);
    }

    [Theory]
    [InlineData(1000, 2.5, 25)]
    [InlineData(333.33, 10, 33.33)]
    [InlineData(19.99, 15, 3)]
    public void Complete_PercentageAllowance_ComputesAmountFromBase(decimal baseAmount, decimal percentage, decimal expected)
    {
        var allowance = InvoiceBuilder.DocumentAllowance(0m) with { BaseAmount = baseAmount, Percentage = percentage };

        var invoice = InvoiceBuilder.Invoice([InvoiceBuilder.Line("1", 1m, 1000m, adjustments: [allowance with { VatCategory = null, VatRate = null }])], allowanceCharges: [allowance]);

        Assert.Equal(expected, invoice.AllowanceCharges[0].Amount);
        Assert.Equal(1000m - expected, invoice.Lines[0].NetAmount);
    }

    [Fact]
    public void Complete_ForeignCurrencyWithRate_ComputesVatInAccountingCurrency()
    {
        var invoice = InvoiceBuilder.Invoice([InvoiceBuilder.Line("1", 1m, 1000m)], currency: "USD", with: i => i with { TaxCurrencyCode = "EUR" }, accountingRate: 0.9215m);

        Assert.Equal(200m, invoice.Totals.TaxTotal);
        Assert.Equal(184.30m, invoice.Totals.TaxTotalInAccountingCurrency);
    }

    [Fact]
    public void Complete_ExistingExemptionReason_IsKeptOnComputedBreakdown()
    {
        var invoice = InvoiceBuilder.Invoice(
            [InvoiceBuilder.Line("1", 1m, 10m, VatCategory.Exempt, 0m)],
            exemptions: [InvoiceBuilder.Exemption(VatCategory.Exempt, "VATEX-EU-132", "Exonéré")]);

        var breakdown = Assert.Single(invoice.VatBreakdowns);
        Assert.Equal(("VATEX-EU-132", "Exonéré", 10m), (breakdown.ExemptionReasonCode, breakdown.ExemptionReason, breakdown.TaxableAmount));
    }
}
