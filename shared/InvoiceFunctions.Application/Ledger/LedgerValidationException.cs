using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Ledger;

/// <summary>A ledger request (invoice, contact, product, payment...) was refused; every failing field is listed.</summary>
public sealed class LedgerValidationException(IReadOnlyList<FieldError> errors)
    : Exception("The request is invalid: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}
