using InvoiceFunctions.Core.Formats;
using InvoiceFunctions.Core.Tests.Support;
using InvoiceFunctions.Core.Validation;
using Xunit.Abstractions;

namespace InvoiceFunctions.Core.Tests.Conformance;

/// <summary>
/// The official CEN rule unit tests run through our readers and rule engine: for every rule our engine implements,
/// each "error" case must be reported with that rule id and each "success" case must not.
/// </summary>
public sealed class RuleTestTests(ITestOutputHelper output)
{
    /// <summary>Rule ids the readers report for missing mandatory elements.</summary>
    private static readonly string[] ReaderRuleIds = ["BR-01", "BR-03", "BR-CL-06", "BR-CL-17", "BR-CL-18", "BR-31", "BR-36", "BR-41", "BR-43", "BR-49", "BR-12", "BR-13", "BR-14", "BR-15", "BR-22", "BR-24", "BR-26", "BR-45", "BR-46"];

    private static readonly Lazy<IReadOnlySet<string>> Implemented = new(() =>
        InvoiceValidator.RulesOf(ValidationProfile.En16931).Select(r => r.Id).Concat(ReaderRuleIds).ToHashSet(StringComparer.Ordinal));

    public static TheoryData<string> ImplementedRuleFiles() =>
        [.. AllRuleFiles().Where(f => RuleTestCase.Load(f).All(c => Implemented.Value.Contains(c.RuleId)))];

    /// <summary>
    /// Cases where we deliberately differ, asserted to still differ so the list stays true. The CII Schematron accepts a
    /// VAT amount exactly 1.00 away from taxable x rate; the UBL one (and our engine) requires strictly less than 1.00.
    /// A CreditNote fragment holding an InvoiceLine is not read as a line (it is reported as unsupported), so the
    /// code list check on its VAT category does not run.
    /// </summary>
    private static readonly HashSet<string> KnownDivergences =
        ["cii/rule-tests/BR-CO-17.xml#1", "cii/rule-tests/BR-CO-17.xml#2", "ubl/rule-tests/CreditNote-unit-UBL/BR-CL-18.xml#1"];

    [Theory]
    [MemberData(nameof(ImplementedRuleFiles))]
    public void Validate_OfficialRuleTest_ReportsExactlyTheExpectedOutcome(string file)
    {
        var wrong = RuleTestCase.Load(file)
            .Where(c => (Failed(c) != c.ExpectError) != KnownDivergences.Contains($"{c.File}#{c.Index}"))
            .Select(c => c.ToString())
            .ToList();

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public void Validate_AllOfficialRuleTests_DetectMostExpectedErrors()
    {
        var cases = AllRuleFiles().SelectMany(RuleTestCase.Load).ToList();
        var errors = cases.Where(c => c.ExpectError).ToList();

        var detected = errors.Count(Failed);

        var files = AllRuleFiles().Count();
        output.WriteLine($"rule-test files: {files}, fully implemented: {ImplementedRuleFiles().Count}; expected errors detected: {detected} of {errors.Count}");

        Assert.True(detected * 100 / errors.Count >= 60, $"{detected} of {errors.Count} expected errors detected");
    }

    internal static IEnumerable<string> AllRuleFiles() =>
        Corpus.Files("ubl/rule-tests/Invoice-unit-UBL").Concat(Corpus.Files("ubl/rule-tests/CreditNote-unit-UBL")).Concat(Corpus.Files("cii/rule-tests"));

    internal static bool Failed(RuleTestCase c)
    {
        var read = InvoiceXml.Read(c.Document);
        var report = InvoiceValidator.Validate(read.Invoice);
        return read.MissingMandatory.Concat(report.Failures).Any(f => f.RuleId == c.RuleId);
    }
}
