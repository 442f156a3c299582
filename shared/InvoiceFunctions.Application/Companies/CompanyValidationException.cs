namespace InvoiceFunctions.Application.Companies;

/// <summary>A request to register a company was refused; every failing field is listed.</summary>
public sealed class CompanyValidationException(IReadOnlyList<FieldError> errors)
    : Exception("The company is invalid: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}
