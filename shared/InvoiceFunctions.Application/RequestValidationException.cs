using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application;

/// <summary>A request was refused; every failing field is listed (answered as 400 with the field paths).</summary>
public sealed class RequestValidationException(IReadOnlyList<FieldError> errors)
    : Exception("The request is invalid: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}
