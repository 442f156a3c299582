using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Ledger;

/// <summary>
/// An invoice entering the ledger. A sales invoice without a number is a draft, numbered when issued; with a
/// number (imported from billing software) or as a purchase invoice (the supplier's number) it enters as issued.
/// </summary>
public sealed record NewLedgerInvoice(
    InvoiceDirection Direction,
    string? CounterpartyId,
    string? Currency,
    decimal TaxExclusive,
    decimal Tax,
    decimal TaxInclusive,
    decimal? Due = null,
    string? Number = null,
    string? SellerId = null,
    DateOnly? IssueDate = null,
    DateOnly? DueDate = null,
    SourceChannel Source = SourceChannel.Api,
    InvoiceKind Kind = InvoiceKind.Invoice)
{
    public bool IsNumbered => Number is not null;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        LedgerIds.CheckId(CounterpartyId, "counterpartyId", errors);
        LedgerIds.CheckCurrency(Currency, "currency", errors);
        if (Direction == InvoiceDirection.Purchase && Number is null)
        {
            errors.Add(new FieldError("number", "A purchase invoice carries the supplier's number."));
        }

        if (Number is not null && (string.IsNullOrWhiteSpace(Number) || Number.Length > 64))
        {
            errors.Add(new FieldError("number", "At most 64 characters."));
        }

        if (Number is not null && IssueDate is null)
        {
            errors.Add(new FieldError("issueDate", "Required with a number."));
        }

        if (decimal.Round(TaxExclusive, 2) + decimal.Round(Tax, 2) != TaxInclusive || decimal.Round(TaxInclusive, 2) != TaxInclusive)
        {
            errors.Add(new FieldError("taxInclusive", "Must equal taxExclusive + tax, with at most 2 decimals (BR-CO-15)."));
        }

        if (Due is { } due && (due > TaxInclusive || decimal.Round(due, 2) != due))
        {
            errors.Add(new FieldError("due", "At most the total with VAT, with at most 2 decimals."));
        }

        if (DueDate is { } dueDate && IssueDate is { } issueDate && dueDate < issueDate)
        {
            errors.Add(new FieldError("dueDate", "Not before the issue date."));
        }

        return errors;
    }
}
