namespace InvoiceFunctions.Core.Validation;

/// <summary>The result of validating an invoice: every failure, never only the first.</summary>
/// <param name="Failures">All failures, fatal and warnings, in rule order.</param>
public sealed record ValidationReport(IReadOnlyList<RuleFailure> Failures)
{
    /// <summary>True when no fatal failure was found.</summary>
    public bool IsValid => Failures.All(f => f.Severity != RuleSeverity.Fatal);

    /// <summary>The distinct rule ids that failed.</summary>
    public IReadOnlySet<string> FailedRuleIds => Failures.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
}
