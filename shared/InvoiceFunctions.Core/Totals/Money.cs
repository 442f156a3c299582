namespace InvoiceFunctions.Core.Totals;

/// <summary>EN 16931 money arithmetic: amounts are rounded half away from zero ("half up") to 2 decimals.</summary>
public static class Money
{
    /// <summary>Rounds an amount to 2 decimals, half away from zero, as EN 16931 totals require.</summary>
    public static decimal Round2(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>VAT amount of a taxable amount at a rate in percent, rounded to 2 decimals.</summary>
    public static decimal Vat(decimal taxableAmount, decimal ratePercent) => Round2(taxableAmount * ratePercent / 100m);
}
