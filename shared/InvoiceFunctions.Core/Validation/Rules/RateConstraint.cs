namespace InvoiceFunctions.Core.Validation.Rules;

/// <summary>Constraint on the VAT rate of a category.</summary>
internal enum RateConstraint
{
    Positive,
    Zero,
    Absent,
    NotNegative,
}
