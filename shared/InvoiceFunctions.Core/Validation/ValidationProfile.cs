namespace InvoiceFunctions.Core.Validation;

/// <summary>Which rule sets to apply.</summary>
public enum ValidationProfile
{
    /// <summary>The EN 16931 core rules (BR-, BR-CO-, BR-DEC-, VAT category rules).</summary>
    En16931,
    /// <summary>EN 16931 plus the French mentions required from 2026 (FR- rules).</summary>
    France,
}
