using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Core.Validation.Rules;

/// <summary>Small predicates shared by the rule sets.</summary>
internal static class RuleHelpers
{
    public static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);

    public static IEnumerable<AllowanceCharge> Allowances(Invoice i) => i.AllowanceCharges.Where(a => !a.IsCharge);

    public static IEnumerable<AllowanceCharge> Charges(Invoice i) => i.AllowanceCharges.Where(a => a.IsCharge);

    /// <summary>
    /// The paths of the elements of a list held by every line (allowances, attributes, classifications) that break a
    /// check. Loops rather than LINQ, and paths formatted only for failures: most checks pass, and the nested iterators
    /// and path strings of every line were most of what validation allocated.
    /// </summary>
    public static IEnumerable<string> FailingLineItems<T>(Invoice i, Func<InvoiceLine, IReadOnlyList<T>> items, string list, string field, Func<T, bool> holds)
    {
        for (var li = 0; li < i.Lines.Count; li++)
        {
            var elements = items(i.Lines[li]);
            for (var ei = 0; ei < elements.Count; ei++)
            {
                if (!holds(elements[ei]))
                {
                    yield return $"Lines[{li}].{list}[{ei}]{field}";
                }
            }
        }
    }

    /// <summary>The paths of the lines whose value breaks a check (<c>Lines[n]</c> + field), formatted only for failures.</summary>
    public static IEnumerable<string> FailingLines<T>(Invoice i, Func<InvoiceLine, T> value, string field, Func<T, bool> holds)
    {
        for (var n = 0; n < i.Lines.Count; n++)
        {
            if (!holds(value(i.Lines[n])))
            {
                yield return $"Lines[{n}].{field}";
            }
        }
    }

    public static bool PeriodOrdered(Period? p) => p?.Start is not { } s || p.End is not { } e || e >= s;

    public static bool IsCreditTransfer(PaymentMeansCode code) =>
        code is PaymentMeansCode.CreditTransfer or PaymentMeansCode.SepaCreditTransfer;

    public static string? CountryOfVatId(string? vatId) =>
        vatId is { Length: >= 2 } && char.IsAsciiLetterUpper(vatId[0]) && char.IsAsciiLetterUpper(vatId[1]) ? vatId[..2] : null;

    /// <summary>Number of decimals as written (the decimal's scale, which readers keep from the XML).</summary>
    public static int Decimals(decimal value) => value.Scale;
}
