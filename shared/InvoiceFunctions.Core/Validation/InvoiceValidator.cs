using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Validation.Rules;

namespace InvoiceFunctions.Core.Validation;

/// <summary>
/// The rule engine: runs every rule of the profile over an invoice and returns all failures at once. A rule that
/// cannot run on a malformed model (a null list from a careless deserializer) fails with its own id instead of
/// stopping the others.
/// </summary>
public static class InvoiceValidator
{
    private static readonly IReadOnlyList<InvoiceRule> En16931Rules =
        [.. CoreRules.All, .. ConditionRules.All, .. CalculationRules.All, .. DecimalRules.All, .. VatCategoryRules.All, .. CodeListRules.All];

    private static readonly IReadOnlyList<InvoiceRule> FranceRules = [.. En16931Rules, .. FrenchRules.All];

    /// <summary>The rules of a profile, e.g. to document or list them.</summary>
    public static IReadOnlyList<InvoiceRule> RulesOf(ValidationProfile profile) =>
        profile == ValidationProfile.France ? FranceRules : En16931Rules;

    /// <summary>Validates an invoice against a profile.</summary>
    public static ValidationReport Validate(Invoice invoice, ValidationProfile profile = ValidationProfile.En16931)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var failures = new List<RuleFailure>();
        foreach (var rule in RulesOf(profile))
        {
            // Straight into the report: a list per rule (198 rules, nearly all passing) was most of the allocations.
            var before = failures.Count;
            try
            {
                foreach (var path in rule.Check(invoice))
                {
                    failures.Add(rule.Failure(path));
                }
            }
            catch (Exception e) when (e is NullReferenceException or ArgumentException or InvalidOperationException)
            {
                failures.RemoveRange(before, failures.Count - before);
                failures.Add(new RuleFailure(rule.Id, $"The rule could not be checked, the invoice is incomplete: {rule.Message}", $"La règle n'a pas pu être vérifiée, la facture est incomplète : {rule.MessageFr}", string.Empty));
            }
        }

        return new ValidationReport(failures);
    }
}
