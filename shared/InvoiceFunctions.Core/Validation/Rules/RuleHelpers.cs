using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Core.Validation.Rules;

/// <summary>Small predicates shared by the rule sets.</summary>
internal static class RuleHelpers
{
    public static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);

    public static IEnumerable<AllowanceCharge> Allowances(Invoice i) => i.AllowanceCharges.Where(a => !a.IsCharge);

    public static IEnumerable<AllowanceCharge> Charges(Invoice i) => i.AllowanceCharges.Where(a => a.IsCharge);

    public static IEnumerable<(AllowanceCharge Item, string Path)> LineAllowanceCharges(Invoice i) =>
        i.Lines.SelectMany((line, li) => line.AllowanceCharges.Select((ac, ai) => (ac, $"Lines[{li}].AllowanceCharges[{ai}]")));

    public static bool PeriodOrdered(Period? p) => p?.Start is not { } s || p.End is not { } e || e >= s;

    public static bool IsCreditTransfer(PaymentMeansCode code) =>
        code is PaymentMeansCode.CreditTransfer or PaymentMeansCode.SepaCreditTransfer;

    public static string? CountryOfVatId(string? vatId) =>
        vatId is { Length: >= 2 } && char.IsAsciiLetterUpper(vatId[0]) && char.IsAsciiLetterUpper(vatId[1]) ? vatId[..2] : null;

    /// <summary>Number of decimals as written (the decimal's scale, which readers keep from the XML).</summary>
    public static int Decimals(decimal value) => value.Scale;
}
