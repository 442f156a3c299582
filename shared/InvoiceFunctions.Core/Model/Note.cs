namespace InvoiceFunctions.Core.Model;

/// <summary>Invoice note (BG-1).</summary>
/// <param name="Text">Invoice note (BT-22).</param>
/// <param name="SubjectCode">Invoice note subject code (BT-21), UNTDID 4451 (e.g. PMT, PMD, AAB in France).</param>
public sealed record Note(string Text, string? SubjectCode = null);
