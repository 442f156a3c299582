namespace InvoiceFunctions.Application.Companies;

/// <summary>One invalid field of a request: its JSON path and what is wrong.</summary>
public sealed record FieldError(string Path, string Message);
