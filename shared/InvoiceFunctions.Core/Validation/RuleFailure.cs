namespace InvoiceFunctions.Core.Validation;

/// <summary>One failed business rule.</summary>
/// <param name="RuleId">The rule identifier, e.g. BR-CO-15, BR-S-08, FR-01.</param>
/// <param name="Message">The message in English.</param>
/// <param name="MessageFr">The message in French.</param>
/// <param name="Path">The path of the field in the model, e.g. <c>Lines[2].Price.NetPrice</c>.</param>
/// <param name="Severity">Fatal or warning.</param>
public sealed record RuleFailure(string RuleId, string Message, string MessageFr, string Path, RuleSeverity Severity = RuleSeverity.Fatal);
