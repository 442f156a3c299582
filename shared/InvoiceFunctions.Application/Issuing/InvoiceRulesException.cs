using InvoiceFunctions.Core.Validation;

namespace InvoiceFunctions.Application.Issuing;

/// <summary>The composed document breaks EN 16931 or French rules: every failure, with its rule id and path.</summary>
public sealed class InvoiceRulesException(IReadOnlyList<RuleFailure> failures)
    : Exception($"The document breaks {failures.Count} rule(s): {string.Join(", ", failures.Select(f => f.RuleId).Distinct())}.")
{
    public IReadOnlyList<RuleFailure> Failures { get; } = failures;
}
