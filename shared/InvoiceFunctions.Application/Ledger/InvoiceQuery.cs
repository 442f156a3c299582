namespace InvoiceFunctions.Application.Ledger;

/// <summary>A filter over one company's invoices; every given criterion must hold. <see cref="Continuation"/> resumes a previous page.</summary>
public sealed record InvoiceQuery(
    InvoiceStatus? Status = null,
    string? CounterpartyId = null,
    DateOnly? DueFrom = null,
    DateOnly? DueTo = null,
    int PageSize = 50,
    string? Continuation = null,
    string? Number = null,
    InvoiceDirection? Direction = null);
