namespace InvoiceFunctions.Core.Validation;

/// <summary>Severity of a rule failure, as the Schematron flags (fatal refuses the invoice).</summary>
public enum RuleSeverity
{
    /// <summary>The invoice is refused.</summary>
    Fatal,
    /// <summary>Reported, the invoice may still be issued.</summary>
    Warning,
}
